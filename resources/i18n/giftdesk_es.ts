<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ActivityModel</name>
    <message>
        <source>Transaction</source>
        <translation>Transacción</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Coins</source>
        <translation>Monedas</translation>
    </message>
    <message>
        <source>Diamonds</source>
        <translation>Diamantes</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Dinero</translation>
    </message>
</context>
<context>
    <name>ActivityTab</name>
    <message>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Compras</translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation>Regalos</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>Retiros</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Filter by text, e.g. a creator&apos;s name</source>
        <translation>Filtra por texto, p. ej. el nombre de un creador</translation>
    </message>
    <message>
        <source>Filter activity</source>
        <translation>Filtrar actividad</translation>
    </message>
    <message>
        <source>Export CSV...</source>
        <translation>Exportar CSV...</translation>
    </message>
    <message>
        <source>Export activity as CSV</source>
        <translation>Exportar la actividad como CSV</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>{shown} found in the {total} newest transactions; looking further back...</source>
        <translation>{shown} encontradas en las {total} transacciones más recientes; buscando más atrás...</translation>
    </message>
    <message>
        <source>{shown} found in the {total} newest transactions; scroll for older ones</source>
        <translation>{shown} encontradas en las {total} transacciones más recientes; desplázate para ver las anteriores</translation>
    </message>
    <message>
        <source>The {total} newest transactions; scroll for older ones</source>
        <translation>Las {total} transacciones más recientes; desplázate para ver las anteriores</translation>
    </message>
    <message>
        <source>{shown} of {total} transactions shown</source>
        <translation>{shown} de {total} transacciones mostradas</translation>
    </message>
    <message>
        <source>1 transaction</source>
        <translation>1 transacción</translation>
    </message>
    <message>
        <source>{total} transactions</source>
        <translation>{total} transacciones</translation>
    </message>
    <message>
        <source>Choose a profile to see its activity.</source>
        <translation>Elige un perfil para ver su actividad.</translation>
    </message>
    <message>
        <source>Looking further back for matches...</source>
        <translation>Buscando coincidencias más atrás...</translation>
    </message>
    <message>
        <source>Nothing matches the filter. Clear it to see every transaction.</source>
        <translation>Nada coincide con el filtro. Bórralo para ver todas las transacciones.</translation>
    </message>
    <message>
        <source>No activity yet: purchases, gifts and payouts will show here.</source>
        <translation>Aún no hay actividad: aquí aparecerán las compras, los regalos y los retiros.</translation>
    </message>
</context>
<context>
    <name>AmountEdit</name>
    <message>
        <source>“{text}”: write the digits in groups of three, as in {example}.</source>
        <translation>“{text}”: escribe los dígitos en grupos de tres, como en {example}.</translation>
    </message>
    <message>
        <source>“{text}” has more digits than any amount.</source>
        <translation>“{text}” tiene demasiados dígitos para ser un importe.</translation>
    </message>
    <message>
        <source>“{text}” is not a whole number: use the digits 0-9, as in {example}.</source>
        <translation>“{text}” no es un número entero: usa los dígitos 0-9, como en {example}.</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>No gifts in these days</source>
        <translation>Sin regalos en estos días</translation>
    </message>
    <message>
        <source>{first} to {last}. Highest: {best}. Left and right arrows go through them.</source>
        <translation>{first} a {last}. El más alto: {best}. Las flechas izquierda y derecha recorren las barras.</translation>
    </message>
</context>
<context>
    <name>BudgetBox</name>
    <message>
        <source>Spending budget</source>
        <translation>Presupuesto de gastos</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <source>Daily budget in coins</source>
        <translation>Presupuesto diario en monedas</translation>
    </message>
    <message>
        <source>Monthly budget in coins</source>
        <translation>Presupuesto mensual en monedas</translation>
    </message>
    <message>
        <source>Save budget</source>
        <translation>Guardar presupuesto</translation>
    </message>
    <message>
        <source>Time zone of budget days and ages</source>
        <translation>Zona horaria de los días de presupuesto y las edades</translation>
    </message>
    <message>
        <source>Save time zone</source>
        <translation>Guardar zona horaria</translation>
    </message>
    <message>
        <source>Coins per day:</source>
        <translation>Monedas por día:</translation>
    </message>
    <message>
        <source>Coins per month:</source>
        <translation>Monedas por mes:</translation>
    </message>
    <message>
        <source>Budget days and ages follow:</source>
        <translation>Días de presupuesto y edades según:</translation>
    </message>
    <message>
        <source>Empty means no cap. Gifts over a cap are refused.</source>
        <translation>Vacío significa sin límite. Los regalos que superen un límite se rechazan.</translation>
    </message>
    <message>
        <source>Left today: {coins}.</source>
        <translation>Queda hoy: {coins}.</translation>
    </message>
    <message>
        <source>Saving asks for the password.</source>
        <translation>Para guardar se pide la contraseña.</translation>
    </message>
    <message>
        <source>change the spending budget</source>
        <translation>cambiar el presupuesto de gastos</translation>
    </message>
    <message>
        <source>Budget not changed</source>
        <translation>Presupuesto sin cambios</translation>
    </message>
    <message>
        <source>Time zone not changed</source>
        <translation>Zona horaria sin cambios</translation>
    </message>
    <message>
        <source>change the time zone</source>
        <translation>cambiar la zona horaria</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
</context>
<context>
    <name>CardForm</name>
    <message>
        <source>Card number</source>
        <translation>Número de tarjeta</translation>
    </message>
    <message>
        <source>MM/YY</source>
        <translation>MM/AA</translation>
    </message>
    <message>
        <source>Card expiry</source>
        <translation>Vencimiento de la tarjeta</translation>
    </message>
    <message>
        <source>CVC</source>
        <translation>CVC</translation>
    </message>
    <message>
        <source>Card security code</source>
        <translation>Código de seguridad de la tarjeta</translation>
    </message>
    <message>
        <source>Card looks good.</source>
        <translation>La tarjeta parece correcta.</translation>
    </message>
    <message>
        <source>Enter the card number, expiry (MM/YY) and security code.</source>
        <translation>Introduce el número de tarjeta, el vencimiento (MM/AA) y el código de seguridad.</translation>
    </message>
</context>
<context>
    <name>ChannelBox</name>
    <message>
        <source>1. Where to buy</source>
        <translation>1. Dónde comprar</translation>
    </message>
    <message>
        <source>App (through the app store)</source>
        <translation>App (a través de la tienda de apps)</translation>
    </message>
    <message>
        <source>Web (direct, cheaper)</source>
        <translation>Web (directo, más barato)</translation>
    </message>
    <message>
        <source>App channel</source>
        <translation>Canal app</translation>
    </message>
    <message>
        <source>Web channel</source>
        <translation>Canal web</translation>
    </message>
    <message>
        <source>In-app purchases go through the app store, which keeps {percent}% of the price, so coins cost more here. Packages only.</source>
        <translation>Las compras dentro de la app pasan por la tienda de apps, que se queda con el {percent}% del precio, así que aquí las monedas cuestan más. Solo paquetes.</translation>
    </message>
    <message>
        <source>Buying on the web skips the app-store fee: the same coins cost about a quarter less, and you can choose a custom amount.</source>
        <translation>Comprar en la web evita la comisión de la tienda de apps: las mismas monedas cuestan alrededor de una cuarta parte menos y puedes elegir una cantidad personalizada.</translation>
    </message>
</context>
<context>
    <name>ChartBox</name>
    <message>
        <source>Diamonds earned</source>
        <translation>Diamantes ganados</translation>
    </message>
    <message>
        <source>Chart period</source>
        <translation>Periodo del gráfico</translation>
    </message>
    <message>
        <source>Last {n} days, by day</source>
        <translation>Últimos {n} días, por día</translation>
    </message>
    <message>
        <source>Last {n} weeks, by week</source>
        <translation>Últimas {n} semanas, por semana</translation>
    </message>
    <message>
        <source>Last {n} months, by month</source>
        <translation>Últimos {n} meses, por mes</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <source>Show the figures as a table</source>
        <translation>Mostrar las cifras como tabla</translation>
    </message>
    <message>
        <source>Diamonds chart</source>
        <translation>Gráfico de diamantes</translation>
    </message>
    <message>
        <source>Diamonds per period</source>
        <translation>Diamantes por periodo</translation>
    </message>
    <message>
        <source>Chosen period</source>
        <translation>Periodo elegido</translation>
    </message>
    <message>
        <source>Drawn cut short, to keep the other bars readable: {bars}.</source>
        <translation>Dibujadas recortadas para que las demás barras se puedan leer: {bars}.</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <translation>MMM yyyy</translation>
    </message>
    <message>
        <source>MMM</source>
        <translation>MMM</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <translation>MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first} a {last}</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <translation>ddd, d MMM</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <translation>ddd, d MMM yyyy</translation>
    </message>
    <message>
        <source>{period}: no gifts</source>
        <translation>{period}: sin regalos</translation>
    </message>
    <message>
        <source>1 gift</source>
        <translation>1 regalo</translation>
    </message>
    <message>
        <source>{n} gifts</source>
        <translation>{n} regalos</translation>
    </message>
    <message>
        <source>{period}: {diamonds} from {gifts}</source>
        <translation>{period}: {diamonds} de {gifts}</translation>
    </message>
    <message>
        <source>No gifts in these months</source>
        <translation>Sin regalos en estos meses</translation>
    </message>
    <message>
        <source>No gifts in these weeks</source>
        <translation>Sin regalos en estas semanas</translation>
    </message>
    <message>
        <source>No gifts in these days</source>
        <translation>Sin regalos en estos días</translation>
    </message>
</context>
<context>
    <name>CostLabel</name>
    <message>
        <source>Cost and creator share</source>
        <translation>Costo y parte del creador</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Total: &lt;b&gt;{coins}&lt;/b&gt;</source>
        <translation>Total: &lt;b&gt;{coins}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{creator} receives &lt;b&gt;{diamonds}&lt;/b&gt; = {value}.</source>
        <translation>{creator} recibe &lt;b&gt;{diamonds}&lt;/b&gt; = {value}.</translation>
    </message>
    <message>
        <source>Diamonds are rounded down over all of a creator&apos;s gifts: the fraction carries over to their next gift.</source>
        <translation>Los diamantes se redondean a la baja sobre el total de regalos de un creador: la fracción pasa a su siguiente regalo.</translation>
    </message>
    <message>
        <source>No other creator to send to yet: add a creator profile first.</source>
        <translation>Aún no hay otro creador al que enviar: primero añade un perfil de creador.</translation>
    </message>
    <message>
        <source>No creator to send to yet: add a creator profile first.</source>
        <translation>Aún no hay ningún creador al que enviar: primero añade un perfil de creador.</translation>
    </message>
    <message>
        <source>You have {coins}</source>
        <translation>Tienes {coins}</translation>
    </message>
    <message>
        <source>; {coins} left in today&apos;s budget</source>
        <translation>; quedan {coins} en el presupuesto de hoy</translation>
    </message>
    <message>
        <source>Those coins cost about {web} on the web ({app} in the app).</source>
        <translation>Esas monedas cuestan unos {web} en la web ({app} en la app).</translation>
    </message>
    <message>
        <source>These coins cost you &lt;b&gt;nothing&lt;/b&gt;: they were free (bonus).</source>
        <translation>Estas monedas no te costaron &lt;b&gt;nada&lt;/b&gt;: eran gratis (bonificación).</translation>
    </message>
    <message>
        <source>These coins cost you &lt;b&gt;under a cent&lt;/b&gt;, counted with your next gifts.</source>
        <translation>Estas monedas te costaron &lt;b&gt;menos de un centavo&lt;/b&gt;, que se cuenta con tus próximos regalos.</translation>
    </message>
    <message>
        <source>These coins cost you &lt;b&gt;{paid}&lt;/b&gt; ({free} of them were free, bonus).</source>
        <translation>Estas monedas te costaron &lt;b&gt;{paid}&lt;/b&gt; ({free} eran gratis, de bonificación).</translation>
    </message>
    <message>
        <source>These coins cost you &lt;b&gt;{paid}&lt;/b&gt; (your oldest coins first).</source>
        <translation>Estas monedas te costaron &lt;b&gt;{paid}&lt;/b&gt; (primero tus monedas más antiguas).</translation>
    </message>
    <message>
        <source>{creator} receives &lt;b&gt;{value}&lt;/b&gt; ({percent}%, {diamonds}); the platform {platform}, the app store {store}.</source>
        <translation>{creator} recibe &lt;b&gt;{value}&lt;/b&gt; ({percent}%, {diamonds}); la plataforma {platform} y la tienda de apps {store}.</translation>
    </message>
</context>
<context>
    <name>CreatorSpendingModel</name>
    <message>
        <source>Creator</source>
        <translation>Creador</translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation>Regalos</translation>
    </message>
    <message>
        <source>Coins</source>
        <translation>Monedas</translation>
    </message>
    <message>
        <source>Cost you</source>
        <translation>Costo</translation>
    </message>
    <message>
        <source>Creator got</source>
        <translation>Al creador</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Transaction details</source>
        <translation>Detalles de la transacción</translation>
    </message>
    <message>
        <source>Select a transaction in the list to see its details here.</source>
        <translation>Selecciona una transacción en la lista para ver aquí sus detalles.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Transaction {reference}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Transacción {reference}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>From your purchases (oldest first):</source>
        <translation>De tus compras (primero las más antiguas):</translation>
    </message>
    <message>
        <source>Back to your purchases:</source>
        <translation>De vuelta a tus compras:</translation>
    </message>
    <message>
        <source>Those coins cost you &lt;b&gt;{paid}&lt;/b&gt;.</source>
        <translation>Esas monedas te costaron &lt;b&gt;{paid}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Those coins cost you nothing (free coins, or under a cent).</source>
        <translation>Esas monedas no te costaron nada (monedas gratis, o menos de un centavo).</translation>
    </message>
    <message>
        <source>The creator: {value} ({percent}%)</source>
        <translation>El creador: {value} ({percent}%)</translation>
    </message>
    <message>
        <source>The creator: {value}</source>
        <translation>El creador: {value}</translation>
    </message>
    <message>
        <source>The platform: {value}</source>
        <translation>La plataforma: {value}</translation>
    </message>
    <message>
        <source>The app store: {value}</source>
        <translation>La tienda de apps: {value}</translation>
    </message>
    <message>
        <source>Undid gift {reference}.</source>
        <translation>Regalo {reference} deshecho.</translation>
    </message>
    <message>
        <source>Given back: the coins, and the {paid} they cost you, to the purchases they came from; the creator&apos;s {creator} taken back.</source>
        <translation>Devuelto a las compras de las que salieron: las monedas y los {paid} que te costaron; al creador se le retiraron sus {creator}.</translation>
    </message>
    <message>
        <source>{coins} (bonus included) for {price}; the app store&apos;s fee: {fee}.</source>
        <translation>{coins} (bonificación incluida) por {price}; comisión de la tienda de apps: {fee}.</translation>
    </message>
    <message>
        <source>Spent on gifts: {coins}, which cost {cents}.</source>
        <translation>Gastado en regalos: {coins}, que costaron {cents}.</translation>
    </message>
    <message>
        <source>Left: {coins}, which cost {cents}.</source>
        <translation>Quedan: {coins}, que costaron {cents}.</translation>
    </message>
    <message>
        <source>{coins} from purchase {reference}, {paid}</source>
        <translation>{coins} de la compra {reference}, {paid}</translation>
    </message>
    <message>
        <source>{coins} back to purchase {reference}, {paid}</source>
        <translation>{coins} de vuelta a la compra {reference}, {paid}</translation>
    </message>
</context>
<context>
    <name>EarningsSupportersBox</name>
    <message>
        <source>Top supporters</source>
        <translation>Mayores donantes</translation>
    </message>
    <message>
        <source>No gifts today yet: whoever sends you one today shows here.</source>
        <translation>Aún no hay regalos hoy: quien te envíe uno hoy aparecerá aquí.</translation>
    </message>
    <message>
        <source>No gifts this week yet (from Monday): whoever sends you one shows here.</source>
        <translation>Aún no hay regalos esta semana (desde el lunes): quien te envíe uno aparecerá aquí.</translation>
    </message>
    <message>
        <source>No gifts this month yet: whoever sends you one shows here.</source>
        <translation>Aún no hay regalos este mes: quien te envíe uno aparecerá aquí.</translation>
    </message>
    <message>
        <source>No gifts this year yet: whoever sends you one shows here.</source>
        <translation>Aún no hay regalos este año: quien te envíe uno aparecerá aquí.</translation>
    </message>
    <message>
        <source>No gifts yet: whoever sends you one shows here.</source>
        <translation>Aún no hay regalos: quien te envíe uno aparecerá aquí.</translation>
    </message>
</context>
<context>
    <name>EarningsTab</name>
    <message>
        <source>Diamonds</source>
        <translation>Diamantes</translation>
    </message>
    <message>
        <source>Cash value</source>
        <translation>Valor en efectivo</translation>
    </message>
    <message>
        <source>Your diamonds</source>
        <translation>Tus diamantes</translation>
    </message>
    <message>
        <source>Gifts received</source>
        <translation>Regalos recibidos</translation>
    </message>
    <message>
        <source>Gifts received, LIVEs and payouts</source>
        <translation>Regalos recibidos, LIVEs y retiros</translation>
    </message>
    <message>
        <source>Which list</source>
        <translation>Qué lista</translation>
    </message>
    <message>
        <source>Your LIVEs</source>
        <translation>Tus LIVEs</translation>
    </message>
    <message>
        <source>at least {diamonds}</source>
        <translation>al menos {diamonds}</translation>
    </message>
    <message>
        <source>Diamonds to pay out</source>
        <translation>Diamantes a retirar</translation>
    </message>
    <message>
        <source>Cash value of the payout</source>
        <translation>Valor en efectivo del retiro</translation>
    </message>
    <message>
        <source>Payout method</source>
        <translation>Método de retiro</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Cuenta bancaria</translation>
    </message>
    <message>
        <source>PayPal</source>
        <translation>PayPal</translation>
    </message>
    <message>
        <source>Payout limits</source>
        <translation>Límites de retiro</translation>
    </message>
    <message>
        <source>Request payout</source>
        <translation>Solicitar retiro</translation>
    </message>
    <message>
        <source>Process pending (sandbox)</source>
        <translation>Procesar pendientes (sandbox)</translation>
    </message>
    <message>
        <source>Process pending payouts</source>
        <translation>Procesar los retiros pendientes</translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation>Retirar</translation>
    </message>
    <message>
        <source>Diamonds:</source>
        <translation>Diamantes:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>A:</translation>
    </message>
    <message>
        <source>Payout status</source>
        <translation>Estado del retiro</translation>
    </message>
    <message>
        <source>Payout history</source>
        <translation>Historial de retiros</translation>
    </message>
    <message>
        <source>Choose a profile in the list above to see its earnings.</source>
        <translation>Elige un perfil en la lista de arriba para ver sus ingresos.</translation>
    </message>
    <message>
        <source>Earnings are for creator profiles. Switch to a creator in the profile list above, or create one with File &gt; New Profile.</source>
        <translation>Los ingresos son para perfiles de creador. Cambia a un creador en la lista de perfiles de arriba o crea uno con Archivo &gt; Nuevo perfil.</translation>
    </message>
    <message>
        <source>worth {value}</source>
        <translation>vale {value}</translation>
    </message>
    <message>
        <source>From LIVEs: {live}; from videos: {video}. You receive {diamonds} diamond for every {coins} coins of gifts, and a diamond is worth one cent.</source>
        <translation>De LIVEs: {live}; de vídeos: {video}. Recibes {diamonds} diamante por cada {coins} monedas en regalos, y un diamante vale un centavo.</translation>
    </message>
    <message>
        <source> {diamonds} are held for pending payouts.</source>
        <translation> {diamonds} están retenidos por retiros pendientes.</translation>
    </message>
    <message>
        <source>Minimum {diamonds} ({value}). At most {max_per_day} per UTC day: {left} left today.</source>
        <translation>Mínimo {diamonds} ({value}). Como máximo {max_per_day} por día UTC: quedan {left} hoy.</translation>
    </message>
    <message>
        <source>Two-step check is on: you will be asked for a code.</source>
        <translation>La verificación en dos pasos está activada: se te pedirá un código.</translation>
    </message>
    <message>
        <source>= {value}</source>
        <translation>= {value}</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>Retiro</translation>
    </message>
    <message>
        <source>Type how many diamonds to pay out.</source>
        <translation>Escribe cuántos diamantes quieres retirar.</translation>
    </message>
    <message>
        <source>Two-step check</source>
        <translation>Verificación en dos pasos</translation>
    </message>
    <message>
        <source>Enter the 6-digit code from your authenticator app to pay out {value}:</source>
        <translation>Introduce el código de 6 dígitos de tu app de autenticación para retirar {value}:</translation>
    </message>
    <message>
        <source>Payout refused</source>
        <translation>Retiro rechazado</translation>
    </message>
    <message>
        <source>Payout of {value} to {method} requested: pending until it is processed.</source>
        <translation>Retiro de {value} a {method} solicitado: pendiente hasta que se procese.</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>Retiros</translation>
    </message>
    <message>
        <source>Processed {n}: {paid} paid ({value}), {failed} failed.</source>
        <translation>Procesados {n}: {paid} pagados ({value}), {failed} fallidos.</translation>
    </message>
    <message>
        <source>A failed payout&apos;s diamonds are back in your balance.</source>
        <translation>Los diamantes de un retiro fallido vuelven a tu saldo.</translation>
    </message>
</context>
<context>
    <name>GiftBar</name>
    <message>
        <source>Gifts to send</source>
        <translation>Regalos para enviar</translation>
    </message>
    <message>
        <source>Combo count</source>
        <translation>Cantidad del combo</translation>
    </message>
    <message>
        <source>&amp;Count:</source>
        <translation>Ca&amp;ntidad:</translation>
    </message>
    <message>
        <source>Send status</source>
        <translation>Estado del envío</translation>
    </message>
    <message>
        <source>Sent {gift}{times}.</source>
        <translation>Enviado {gift}{times}.</translation>
    </message>
    <message>
        <source>Undone: {coins} back in your wallet.</source>
        <translation>Deshecho: {coins} de vuelta en tu billetera.</translation>
    </message>
</context>
<context>
    <name>GiftCatalogModel</name>
    <message>
        <source> Can be sent as a combo.</source>
        <translation> Se puede enviar como combo.</translation>
    </message>
    <message>
        <source>{gift}: {coins}.{combo}</source>
        <translation>{gift}: {coins}.{combo}</translation>
    </message>
</context>
<context>
    <name>GiftGrid</name>
    <message>
        <source>Search gifts</source>
        <translation>Buscar regalos</translation>
    </message>
    <message>
        <source>Price filter</source>
        <translation>Filtro de precio</translation>
    </message>
    <message>
        <source>Pr&amp;ice:</source>
        <translation>Preci&amp;o:</translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation>Regalos</translation>
    </message>
    <message>
        <source>No gift matches “{text}” with the price filter “{band}”.</source>
        <translation>Ningún regalo coincide con “{text}” con el filtro de precio “{band}”.</translation>
    </message>
    <message>
        <source>No gift matches “{text}”.</source>
        <translation>Ningún regalo coincide con “{text}”.</translation>
    </message>
    <message>
        <source>No gift with the price filter “{band}”.</source>
        <translation>Ningún regalo con el filtro de precio “{band}”.</translation>
    </message>
    <message>
        <source>Clear the search or choose All prices to see every gift.</source>
        <translation>Borra la búsqueda o elige Todos los precios para ver todos los regalos.</translation>
    </message>
    <message>
        <source>All prices</source>
        <translation>Todos los precios</translation>
    </message>
    <message>
        <source>Under 100 coins (combo)</source>
        <translation>Menos de 100 monedas (combo)</translation>
    </message>
    <message>
        <source>100 to 999 coins</source>
        <translation>De 100 a 999 monedas</translation>
    </message>
    <message>
        <source>1,000 to 9,999 coins</source>
        <translation>De 1.000 a 9.999 monedas</translation>
    </message>
    <message>
        <source>10,000 coins and up</source>
        <translation>10.000 monedas o más</translation>
    </message>
</context>
<context>
    <name>GiftsTab</name>
    <message>
        <source>Creator</source>
        <translation>Creador</translation>
    </message>
    <message>
        <source>Send &amp;to:</source>
        <translation>&amp;Enviar a:</translation>
    </message>
    <message>
        <source>Where the gift is sent</source>
        <translation>Dónde se envía el regalo</translation>
    </message>
    <message>
        <source>During their LIVE</source>
        <translation>Durante su LIVE</translation>
    </message>
    <message>
        <source>On a video</source>
        <translation>En un vídeo</translation>
    </message>
    <message>
        <source>LIVE now</source>
        <translation>LIVE ahora</translation>
    </message>
    <message>
        <source>Combo count</source>
        <translation>Cantidad del combo</translation>
    </message>
    <message>
        <source>Send status</source>
        <translation>Estado del envío</translation>
    </message>
    <message>
        <source>Count:</source>
        <translation>Cantidad:</translation>
    </message>
    <message>
        <source>Your gift</source>
        <translation>Tu regalo</translation>
    </message>
    <message>
        <source>Choose a gift</source>
        <translation>Elige un regalo</translation>
    </message>
    <message>
        <source>Combo: send up to {n} at once.</source>
        <translation>Combo: envía hasta {n} a la vez.</translation>
    </message>
    <message>
        <source>Sent one at a time.</source>
        <translation>Se envía de uno en uno.</translation>
    </message>
    <message>
        <source>{gift}{times} to {creator} was taken back elsewhere.</source>
        <translation>{gift}{times} a {creator} se deshizo en otro lugar.</translation>
    </message>
    <message>
        <source>You have {coins} now: Send gift sends {gift}{times} to {creator}.</source>
        <translation>Ahora tienes {coins}: “Enviar regalo” envía {gift}{times} a {creator}.</translation>
    </message>
    <message>
        <source>You have {coins} now.</source>
        <translation>Ahora tienes {coins}.</translation>
    </message>
    <message>
        <source>Those coins cost you {paid}; {creator} received {diamonds} ({value}).</source>
        <translation>Esas monedas te costaron {paid}; {creator} recibió {diamonds} ({value}).</translation>
    </message>
    <message>
        <source>Send this gift?</source>
        <translation>¿Enviar este regalo?</translation>
    </message>
    <message>
        <source>Send {gift}{times} to {creator} for {coins}?</source>
        <translation>¿Enviar {gift}{times} a {creator} por {coins}?</translation>
    </message>
    <message>
        <source>Gift refused</source>
        <translation>Regalo rechazado</translation>
    </message>
    <message>
        <source>Sent {gift}{times} to {creator}.</source>
        <translation>Enviado {gift}{times} a {creator}.</translation>
    </message>
    <message>
        <source>Not enough coins</source>
        <translation>No hay monedas suficientes</translation>
    </message>
    <message>
        <source>{gift} costs {needed} and you have {balance}. Recharge the {missing} you are missing?</source>
        <translation>{gift} cuesta {needed} y tienes {balance}. ¿Recargar las {missing} que te faltan?</translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation>No se puede deshacer</translation>
    </message>
    <message>
        <source>Undone: {coins} back in your wallet.</source>
        <translation>Deshecho: {coins} de vuelta en tu billetera.</translation>
    </message>
</context>
<context>
    <name>GoLiveBox</name>
    <message>
        <source>Your LIVE</source>
        <translation>Tu LIVE</translation>
    </message>
    <message>
        <source>LIVE title</source>
        <translation>Título del LIVE</translation>
    </message>
    <message>
        <source>No goal</source>
        <translation>Sin meta</translation>
    </message>
    <message>
        <source>Goal in diamonds (optional)</source>
        <translation>Meta en diamantes (opcional)</translation>
    </message>
    <message>
        <source>Go LIVE</source>
        <translation>Empezar LIVE</translation>
    </message>
    <message>
        <source>End LIVE</source>
        <translation>Terminar LIVE</translation>
    </message>
    <message>
        <source>LIVE status</source>
        <translation>Estado del LIVE</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>G&amp;oal (diamonds):</source>
        <translation>&amp;Meta (diamantes):</translation>
    </message>
    <message>
        <source>{name}&apos;s LIVE</source>
        <translation>LIVE de {name}</translation>
    </message>
    <message>
        <source>Write the goal in whole diamonds, or leave it empty.</source>
        <translation>Escribe la meta en diamantes enteros o déjala vacía.</translation>
    </message>
</context>
<context>
    <name>Header</name>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Choose a profile</source>
        <translation>Elige un perfil</translation>
    </message>
    <message>
        <source>New profile...</source>
        <translation>Nuevo perfil...</translation>
    </message>
    <message>
        <source>Coin balance</source>
        <translation>Saldo de monedas</translation>
    </message>
    <message>
        <source>Diamond balance</source>
        <translation>Saldo de diamantes</translation>
    </message>
    <message>
        <source>Budget left today</source>
        <translation>Presupuesto restante hoy</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Perfil:</translation>
    </message>
    <message>
        <source>Locked: choose a profile and type its password</source>
        <translation>Bloqueado: elige un perfil y escribe su contraseña</translation>
    </message>
    <message>
        <source>No profile yet</source>
        <translation>Aún no hay perfiles</translation>
    </message>
    <message>
        <source>&lt;b&gt;{coins}&lt;/b&gt; coins</source>
        <translation>&lt;b&gt;{coins}&lt;/b&gt; monedas</translation>
    </message>
    <message>
        <source>&lt;b&gt;{diamonds}&lt;/b&gt; diamonds ({value})</source>
        <translation>&lt;b&gt;{diamonds}&lt;/b&gt; diamantes ({value})</translation>
    </message>
    <message>
        <source>No spending budget</source>
        <translation>Sin presupuesto de gastos</translation>
    </message>
    <message>
        <source>Budget left today: &lt;b&gt;{coins}&lt;/b&gt;</source>
        <translation>Presupuesto restante hoy: &lt;b&gt;{coins}&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>HistoryText</name>
    <message>
        <source>app</source>
        <translation>app</translation>
    </message>
    <message>
        <source>web</source>
        <translation>web</translation>
    </message>
    <message>
        <source>app-store</source>
        <translation>tienda de apps</translation>
    </message>
    <message>
        <source>card</source>
        <translation>tarjeta</translation>
    </message>
    <message>
        <source>paypal</source>
        <translation>PayPal</translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation>LIVE</translation>
    </message>
    <message>
        <source>video</source>
        <translation>vídeo</translation>
    </message>
    <message>
        <source>Sent {gift} x{count} to {other} ({where})</source>
        <translation>Enviaste {gift} x{count} a {other} ({where})</translation>
    </message>
    <message>
        <source>Received {gift} x{count} from {other} ({where})</source>
        <translation>Recibiste {gift} x{count} de {other} ({where})</translation>
    </message>
    <message>
        <source>Undid {gift} x{count} to {other}</source>
        <translation>Deshiciste {gift} x{count} a {other}</translation>
    </message>
    <message>
        <source>{other} undid {gift} x{count}</source>
        <translation>{other} deshizo {gift} x{count}</translation>
    </message>
    <message>
        <source> + {bonus} bonus</source>
        <translation> + {bonus} de bonificación</translation>
    </message>
    <message>
        <source>Bought {coins}{bonus} for {price} ({channel}, {method})</source>
        <translation>Compraste {coins}{bonus} por {price} ({channel}, {method})</translation>
    </message>
    <message>
        <source>Requested payout of {diamonds} diamonds ({amount})</source>
        <translation>Retiro solicitado de {diamonds} diamantes ({amount})</translation>
    </message>
    <message>
        <source>Payout of {amount} paid</source>
        <translation>Retiro de {amount} pagado</translation>
    </message>
    <message>
        <source>Payout of {amount} failed; diamonds returned</source>
        <translation>Retiro de {amount} fallido; diamantes devueltos</translation>
    </message>
</context>
<context>
    <name>JobProgressDialog</name>
    <message>
        <source>Starting…</source>
        <translation>Empezando…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>GiftDesk will speak {language} the next time it starts.</source>
        <translation>GiftDesk hablará {language} la próxima vez que se inicie.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
</context>
<context>
    <name>LeaderboardBox</name>
    <message>
        <source>Days shown</source>
        <translation>Días mostrados</translation>
    </message>
    <message>
        <source>Top supporters</source>
        <translation>Mayores donantes</translation>
    </message>
    <message>
        <source>Every gift so far</source>
        <translation>Todos los regalos hasta ahora</translation>
    </message>
    <message>
        <source>dddd d MMMM yyyy</source>
        <translation>dddd, d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <translation>MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>yyyy</source>
        <translation>yyyy</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first} a {last}</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <translation>ddd, d MMM</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <translation>ddd, d MMM yyyy</translation>
    </message>
</context>
<context>
    <name>LeaderboardModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Supporter</source>
        <translation>Donante</translation>
    </message>
    <message>
        <source>Coins</source>
        <translation>Monedas</translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation>Regalos</translation>
    </message>
</context>
<context>
    <name>LiveFeedModel</name>
    <message>
        <source>Gifter</source>
        <translation>Donante</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>Regalo</translation>
    </message>
    <message>
        <source>Coins</source>
        <translation>Monedas</translation>
    </message>
</context>
<context>
    <name>LiveHistoryModel</name>
    <message>
        <source>On air now</source>
        <translation>En el aire ahora</translation>
    </message>
    <message>
        <source>No goal</source>
        <translation>Sin meta</translation>
    </message>
    <message>
        <source>{goal}: reached</source>
        <translation>{goal}: alcanzada</translation>
    </message>
    <message>
        <source>{goal}: {percent}% so far</source>
        <translation>{goal}: {percent}% hasta ahora</translation>
    </message>
    <message>
        <source>{goal}: not reached</source>
        <translation>{goal}: no alcanzada</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>On air</source>
        <translation>En el aire</translation>
    </message>
    <message>
        <source>Diamonds</source>
        <translation>Diamantes</translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation>Regalos</translation>
    </message>
    <message>
        <source>Gifters</source>
        <translation>Donantes</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
</context>
<context>
    <name>LiveHistoryView</name>
    <message>
        <source>Your LIVEs</source>
        <translation>Tus LIVEs</translation>
    </message>
    <message>
        <source>You have not been LIVE yet. Each LIVE you go on is listed here with its figures, newest first.</source>
        <translation>Aún no has empezado ningún LIVE. Cada LIVE que empieces aparecerá aquí con sus cifras, del más reciente al más antiguo.</translation>
    </message>
</context>
<context>
    <name>LiveRankingModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Gifter</source>
        <translation>Donante</translation>
    </message>
    <message>
        <source>Coins</source>
        <translation>Monedas</translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation>Regalos</translation>
    </message>
</context>
<context>
    <name>LiveTab</name>
    <message>
        <source>Choose a LIVE from “LIVE now” to join its room.</source>
        <translation>Elige un LIVE en “LIVE ahora” para entrar en su sala.</translation>
    </message>
    <message>
        <source>You are LIVE: {title}</source>
        <translation>Estás en LIVE: {title}</translation>
    </message>
    <message>
        <source>End LIVE</source>
        <translation>Terminar LIVE</translation>
    </message>
    <message>
        <source>End your LIVE now? Viewers can no longer send to it.</source>
        <translation>¿Terminar tu LIVE ahora? Los espectadores ya no podrán enviarle regalos.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>GiftDesk</source>
        <translation>GiftDesk</translation>
    </message>
    <message>
        <source>Opening your wallet...</source>
        <translation>Abriendo tu billetera...</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>&amp;Recharge</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <source>&amp;Gifts</source>
        <translation>Re&amp;galos</translation>
    </message>
    <message>
        <source>&amp;Earnings</source>
        <translation>&amp;Ingresos</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation>A&amp;ctividad</translation>
    </message>
    <message>
        <source>Spe&amp;nding</source>
        <translation>Ga&amp;stos</translation>
    </message>
    <message>
        <source>&amp;LIVE</source>
        <translation>&amp;LIVE</translation>
    </message>
    <message>
        <source>The disk holding this database is full: you can look around and back up to another disk, but nothing can be bought, sent or paid out until there is space again.</source>
        <translation>El disco que contiene esta base de datos está lleno: puedes mirar y hacer una copia de seguridad en otro disco, pero no se puede comprar, enviar ni retirar nada hasta que vuelva a haber espacio.</translation>
    </message>
    <message>
        <source>This database is read-only: you can look around, but nothing can be bought, sent or paid out.</source>
        <translation>Esta base de datos es de solo lectura: puedes mirar, pero no se puede comprar, enviar ni retirar nada.</translation>
    </message>
    <message>
        <source>The ledger failed these checks: {names}. Use File &gt; Verify Ledger for details, and restore a backup if you have one.</source>
        <translation>El libro contable no superó estas comprobaciones: {names}. Usa Archivo &gt; Verificar libro contable para ver los detalles y restaura una copia de seguridad si tienes una.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New Profile...</source>
        <translation>&amp;Nuevo perfil...</translation>
    </message>
    <message>
        <source>&amp;Back Up Database...</source>
        <translation>Hacer &amp;copia de seguridad...</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup...</source>
        <translation>&amp;Restaurar desde una copia...</translation>
    </message>
    <message>
        <source>&amp;Export Activity as CSV...</source>
        <translation>&amp;Exportar actividad como CSV...</translation>
    </message>
    <message>
        <source>Monthly &amp;Statement...</source>
        <translation>Extracto &amp;mensual...</translation>
    </message>
    <message>
        <source>Export for &amp;hledger...</source>
        <translation>Exportar para &amp;hledger...</translation>
    </message>
    <message>
        <source>Export for Bean&amp;count...</source>
        <translation>Exportar para &amp;Beancount...</translation>
    </message>
    <message>
        <source>&amp;Verify Ledger</source>
        <translation>&amp;Verificar libro contable</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Perfil</translation>
    </message>
    <message>
        <source>&amp;Security and budget...</source>
        <translation>&amp;Seguridad y presupuesto...</translation>
    </message>
    <message>
        <source>&amp;Lock Profile</source>
        <translation>&amp;Bloquear perfil</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About GiftDesk</source>
        <translation>&amp;Acerca de GiftDesk</translation>
    </message>
    <message>
        <source>&amp;Earnings ({count} new)</source>
        <translation>&amp;Ingresos ({count} nuevos)</translation>
    </message>
    <message>
        <source>Still stopping; close again in a moment.</source>
        <translation>Aún deteniéndose; vuelve a cerrar en un momento.</translation>
    </message>
</context>
<context>
    <name>MonthSpendingModel</name>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Cost you</source>
        <translation>Costo</translation>
    </message>
    <message>
        <source>Creators</source>
        <translation>Creadores</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>App store</source>
        <translation>Tienda de apps</translation>
    </message>
    <message>
        <source>Coins</source>
        <translation>Monedas</translation>
    </message>
</context>
<context>
    <name>OnAirBox</name>
    <message>
        <source>LIVE now</source>
        <translation>LIVE ahora</translation>
    </message>
    <message>
        <source>Nobody is LIVE now. Rooms show here as creators go LIVE.</source>
        <translation>Nadie está en LIVE ahora. Las salas aparecen aquí cuando los creadores empiezan un LIVE.</translation>
    </message>
    <message>
        <source>Nobody else is LIVE now.</source>
        <translation>Nadie más está en LIVE ahora.</translation>
    </message>
</context>
<context>
    <name>OnAirModel</name>
    <message>
        <source>Creator</source>
        <translation>Creador</translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation>LIVE</translation>
    </message>
    <message>
        <source>Gifters</source>
        <translation>Donantes</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>The ledger is on {server}.</source>
        <translation>El libro contable está en {server}.</translation>
    </message>
    <message>
        <source>About GiftDesk</source>
        <translation>Acerca de GiftDesk</translation>
    </message>
    <message>
        <source>GiftDesk {version}

A desktop wallet for a virtual gift economy, with a double-entry ledger you can verify.

Rules {rules}
Python {python}, Qt {qt}, PySide6 {pyside}, SQLite {sqlite}</source>
        <translation>GiftDesk {version}

Una billetera de escritorio para una economía de regalos virtuales, con un libro contable de partida doble que puedes verificar.

Reglas {rules}
Python {python}, Qt {qt}, PySide6 {pyside}, SQLite {sqlite}</translation>
    </message>
    <message>
        <source>Back up database</source>
        <translation>Copia de seguridad de la base de datos</translation>
    </message>
    <message>
        <source>SQLite database (*.sqlite3 *.db)</source>
        <translation>Base de datos SQLite (*.sqlite3 *.db)</translation>
    </message>
    <message>
        <source>Saved a verified copy to {path} ({count} checks passed).</source>
        <translation>Se guardó una copia verificada en {path} ({count} comprobaciones superadas).</translation>
    </message>
    <message>
        <source>Backup done</source>
        <translation>Copia de seguridad hecha</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Falló la copia de seguridad</translation>
    </message>
    <message>
        <source>Backup cancelled</source>
        <translation>Copia de seguridad cancelada</translation>
    </message>
    <message>
        <source>Copying the database… {percent}%</source>
        <translation>Copiando la base de datos… {percent}%</translation>
    </message>
    <message>
        <source>Checking the copy: {name} ({number} of {total})…</source>
        <translation>Comprobando la copia: {name} ({number} de {total})…</translation>
    </message>
    <message>
        <source>Export activity</source>
        <translation>Exportar actividad</translation>
    </message>
    <message>
        <source>The Activity tab shows only the transactions its filter lets through ({filter}). Export those, or the whole history?</source>
        <translation>La pestaña Actividad solo muestra las transacciones que deja pasar su filtro ({filter}). ¿Exportar esas o todo el historial?</translation>
    </message>
    <message>
        <source>What is shown</source>
        <translation>Lo que se muestra</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting {done} of {total} rows…</source>
        <translation>Exportando {done} de {total} filas…</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Falló la exportación</translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>Exportación cancelada</translation>
    </message>
    <message>
        <source>Could not save {path}: {reason}.</source>
        <translation>No se pudo guardar {path}: {reason}.</translation>
    </message>
    <message>
        <source>Wrote 1 transaction to {path}.</source>
        <translation>Se escribió 1 transacción en {path}.</translation>
    </message>
    <message>
        <source>Wrote {count} transactions to {path}.</source>
        <translation>Se escribieron {count} transacciones en {path}.</translation>
    </message>
    <message>
        <source>Export done</source>
        <translation>Exportación hecha</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>This database is read-only: nothing can be restored into it.</source>
        <translation>Esta base de datos es de solo lectura: no se puede restaurar nada en ella.</translation>
    </message>
    <message>
        <source>SQLite database (*.sqlite3 *.db);;All files (*)</source>
        <translation>Base de datos SQLite (*.sqlite3 *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Checking the backup: {name} ({number} of {total})…</source>
        <translation>Comprobando la copia de seguridad: {name} ({number} de {total})…</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Falló la restauración</translation>
    </message>
    <message>
        <source>Restore cancelled</source>
        <translation>Restauración cancelada</translation>
    </message>
    <message>
        <source>Restoring replaces {name}&apos;s profile</source>
        <translation>Restaurar reemplaza el perfil de {name}</translation>
    </message>
    <message>
        <source> What was here before is kept in {path}.</source>
        <translation> Lo que había antes se guarda en {path}.</translation>
    </message>
    <message>
        <source>Restore done</source>
        <translation>Restauración hecha</translation>
    </message>
    <message>
        <source>Restored the backup {source}.</source>
        <translation>Se restauró la copia de seguridad {source}.</translation>
    </message>
    <message>
        <source>the newest from {when}</source>
        <translation>la más reciente del {when}</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguna todavía</translation>
    </message>
    <message>
        <source>1 profile</source>
        <translation>1 perfil</translation>
    </message>
    <message>
        <source>{n} profiles</source>
        <translation>{n} perfiles</translation>
    </message>
    <message>
        <source>1 transaction</source>
        <translation>1 transacción</translation>
    </message>
    <message>
        <source>{n} transactions</source>
        <translation>{n} transacciones</translation>
    </message>
    <message>
        <source>Replace everything in this wallet with the backup {source}?

It passed all {count} checks and holds {profiles} and {transactions} ({newest}). Every profile, balance and transaction here now is replaced by the backup&apos;s.

What is here now is kept in a file beside the database, so this can be undone.</source>
        <translation>¿Reemplazar todo lo de esta billetera por la copia de seguridad {source}?

Superó las {count} comprobaciones y contiene {profiles} y {transactions} ({newest}). Cada perfil, saldo y transacción de aquí se reemplaza por los de la copia.

Lo que hay ahora se guarda en un archivo junto a la base de datos, así que esto se puede deshacer.</translation>
    </message>
    <message>
        <source>Money that already moved after the backup was made stays as it is here:</source>
        <translation>El dinero que ya se movió después de hacer la copia se queda como está aquí:</translation>
    </message>
    <message>
        <source>and {n} more, listed in Activity after the restore</source>
        <translation>y {n} más, que aparecen en Actividad tras la restauración</translation>
    </message>
    <message>
        <source>purchase {reference}: {profile} bought {coins} for {price}</source>
        <translation>compra {reference}: {profile} compró {coins} por {price}</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>pagado</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>payout {reference}: {amount} to {profile}, {status}</source>
        <translation>retiro {reference}: {amount} a {profile}, {status}</translation>
    </message>
    <message>
        <source>Verify ledger</source>
        <translation>Verificar el libro contable</translation>
    </message>
    <message>
        <source>Check {number} of {total}: {name}…</source>
        <translation>Comprobación {number} de {total}: {name}…</translation>
    </message>
    <message>
        <source>Verification failed</source>
        <translation>Falló la verificación</translation>
    </message>
    <message>
        <source>Verification cancelled</source>
        <translation>Verificación cancelada</translation>
    </message>
    <message>
        <source>Ledger problems</source>
        <translation>Problemas en el libro contable</translation>
    </message>
    <message>
        <source>Ledger verified</source>
        <translation>Libro contable verificado</translation>
    </message>
    <message>
        <source>All {count} checks passed.</source>
        <translation>Se superaron las {count} comprobaciones.</translation>
    </message>
    <message>
        <source>hledger journals (*.journal *.hledger)</source>
        <translation>Diarios de hledger (*.journal *.hledger)</translation>
    </message>
    <message>
        <source>Beancount files (*.beancount *.bean)</source>
        <translation>Archivos de Beancount (*.beancount *.bean)</translation>
    </message>
    <message>
        <source>Export for {format}</source>
        <translation>Exportar para {format}</translation>
    </message>
    <message>
        <source>Writing the journal…</source>
        <translation>Escribiendo el diario…</translation>
    </message>
    <message>
        <source>Wrote 1 transaction as a {format} journal to {path}.</source>
        <translation>Se escribió 1 transacción como diario {format} en {path}.</translation>
    </message>
    <message>
        <source>Wrote {count} transactions as a {format} journal to {path}.</source>
        <translation>Se escribieron {count} transacciones como diario {format} en {path}.</translation>
    </message>
    <message>
        <source>Monthly statement</source>
        <translation>Extracto mensual</translation>
    </message>
    <message>
        <source>The month of {name}&apos;s statement (in {name}&apos;s time zone):</source>
        <translation>El mes del extracto de {name} (en la zona horaria de {name}):</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Reading the month…</source>
        <translation>Leyendo el mes…</translation>
    </message>
    <message>
        <source>Statement failed</source>
        <translation>Falló el extracto</translation>
    </message>
    <message>
        <source>Statement cancelled</source>
        <translation>Extracto cancelado</translation>
    </message>
    <message>
        <source>Statement saved</source>
        <translation>Extracto guardado</translation>
    </message>
    <message>
        <source>Saved {name}&apos;s statement for {month} to {path}.</source>
        <translation>Se guardó el extracto de {name} de {month} en {path}.</translation>
    </message>
</context>
<context>
    <name>PackageBox</name>
    <message>
        <source>2. How many coins</source>
        <translation>2. Cuántas monedas</translation>
    </message>
    <message>
        <source>Custom amount</source>
        <translation>Cantidad personalizada</translation>
    </message>
    <message>
        <source>{low} to {high} coins</source>
        <translation>De {low} a {high} monedas</translation>
    </message>
    <message>
        <source>Custom amount in coins</source>
        <translation>Cantidad personalizada en monedas</translation>
    </message>
    <message>
        <source>C&amp;ustom amount:</source>
        <translation>Ca&amp;ntidad personalizada:</translation>
    </message>
    <message>
        <source>The price per coin is about the same in every package: bigger bundles do not save money.</source>
        <translation>El precio por moneda es casi el mismo en todos los paquetes: los paquetes grandes no ahorran dinero.</translation>
    </message>
    <message>
        <source>Web: {price}
{saving} less there</source>
        <translation>Web: {price}
{saving} menos allí</translation>
    </message>
    <message>
        <source>App: {price}
you save {saving}</source>
        <translation>App: {price}
ahorras {saving}</translation>
    </message>
    <message>
        <source>{price} / 100 coins</source>
        <translation>{price} / 100 monedas</translation>
    </message>
    <message>
        <source>Custom
amount
(web only)</source>
        <translation>Cantidad
personalizada
(solo web)</translation>
    </message>
    <message>
        <source>{price} on the web, {saving} less there</source>
        <translation>{price} en la web, {saving} menos allí</translation>
    </message>
    <message>
        <source>{price} in the app, so you save {saving}</source>
        <translation>{price} en la app, así que ahorras {saving}</translation>
    </message>
    <message>
        <source>{coins} for {price}, {per_100} per 100 coins; {other}</source>
        <translation>{coins} por {price}, {per_100} por 100 monedas; {other}</translation>
    </message>
    <message>
        <source>= {price}</source>
        <translation>= {price}</translation>
    </message>
</context>
<context>
    <name>PasswordBox</name>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Contraseña actual</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Contraseña nueva</translation>
    </message>
    <message>
        <source>{low} to {high} characters</source>
        <translation>De {low} a {high} caracteres</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>Repite la contraseña nueva</translation>
    </message>
    <message>
        <source>Remove password</source>
        <translation>Quitar la contraseña</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>Contraseña actual:</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>Contraseña nueva:</translation>
    </message>
    <message>
        <source>Repeat new password:</source>
        <translation>Repite la contraseña nueva:</translation>
    </message>
    <message>
        <source>{name} has a password: the window asks for it before showing this profile, and before any change on this page.</source>
        <translation>{name} tiene contraseña: la ventana la pide antes de mostrar este perfil y antes de cualquier cambio en esta página.</translation>
    </message>
    <message>
        <source>No password: anyone using this computer can open {name}. With one, GiftDesk asks for it whenever the window switches to this profile.</source>
        <translation>Sin contraseña: cualquiera que use este ordenador puede abrir {name}. Con una, GiftDesk la pide cada vez que la ventana cambia a este perfil.</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Cambiar la contraseña</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Establecer contraseña</translation>
    </message>
    <message>
        <source>The two new passwords differ: type them again.</source>
        <translation>Las dos contraseñas nuevas no coinciden: escríbelas de nuevo.</translation>
    </message>
    <message>
        <source>Password not changed</source>
        <translation>Contraseña sin cambios</translation>
    </message>
    <message>
        <source>Password saved. GiftDesk will ask for it when the window switches to this profile.</source>
        <translation>Contraseña guardada. GiftDesk la pedirá cuando la ventana cambie a este perfil.</translation>
    </message>
    <message>
        <source>Password not removed</source>
        <translation>Contraseña no quitada</translation>
    </message>
</context>
<context>
    <name>PayoutsModel</name>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Banco</translation>
    </message>
    <message>
        <source>PayPal</source>
        <translation>PayPal</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Solicitado</translation>
    </message>
    <message>
        <source>Diamonds</source>
        <translation>Diamantes</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>PeriodDiamondsModel</name>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Diamonds</source>
        <translation>Diamantes</translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation>Regalos</translation>
    </message>
</context>
<context>
    <name>PeriodSwitch</name>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Este año</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Desde siempre</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Peri&amp;od:</source>
        <translation>Perio&amp;do:</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Welcome to GiftDesk</source>
        <translation>Te damos la bienvenida a GiftDesk</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Nuevo perfil</translation>
    </message>
    <message>
        <source>&lt;b&gt;Welcome!&lt;/b&gt; GiftDesk shows what coins really cost and what creators really receive, before you pay. Start by creating your profile.</source>
        <translation>&lt;b&gt;¡Hola!&lt;/b&gt; GiftDesk muestra lo que de verdad cuestan las monedas y lo que de verdad reciben los creadores, antes de pagar. Empieza creando tu perfil.</translation>
    </message>
    <message>
        <source>Create another viewer or creator profile.</source>
        <translation>Crea otro perfil de espectador o de creador.</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nombre del perfil</translation>
    </message>
    <message>
        <source>Birthdate</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Viewer: buy coins and send gifts</source>
        <translation>Espectador: compra monedas y envía regalos</translation>
    </message>
    <message>
        <source>Creator: also receive gifts and cash out (18+)</source>
        <translation>Creador: además recibe regalos y retira dinero (18+)</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>The profile&apos;s budget days and age are counted in this zone, whatever the computer is set to later. Changing it needs the profile&apos;s password.</source>
        <translation>Los días de presupuesto y la edad del perfil se cuentan en esta zona, aunque luego se cambie la del ordenador. Cambiarla requiere la contraseña del perfil.</translation>
    </message>
    <message>
        <source>Add a demo economy to explore (three creators, fans and a funded Demo Viewer)</source>
        <translation>Añadir una economía de demostración para explorar (tres creadores, fans y un Demo Viewer con saldo)</translation>
    </message>
    <message>
        <source>Buying and sending gifts needs age {age} or older; anyone can browse.</source>
        <translation>Comprar y enviar regalos requiere tener {age} años o más; cualquiera puede mirar.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Birthdate:</source>
        <translation>Nacimiento:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Zona horaria:</translation>
    </message>
    <message>
        <source>Create profile</source>
        <translation>Crear perfil</translation>
    </message>
    <message>
        <source>Restore a backup...</source>
        <translation>Restaurar una copia...</translation>
    </message>
</context>
<context>
    <name>ProfileSwitcher</name>
    <message>
        <source> (creator)</source>
        <translation> (creador)</translation>
    </message>
    <message>
        <source>{name} is locked</source>
        <translation>{name} está bloqueado</translation>
    </message>
    <message>
        <source>Password for {name}:</source>
        <translation>Contraseña de {name}:</translation>
    </message>
    <message>
        <source>Not unlocked</source>
        <translation>No desbloqueado</translation>
    </message>
    <message>
        <source>Lock profile</source>
        <translation>Bloquear perfil</translation>
    </message>
    <message>
        <source>This profile has no password to lock it with. Set one in Profile &gt; Security and budget.</source>
        <translation>Este perfil no tiene contraseña con la que bloquearlo. Establece una en Perfil &gt; Seguridad y presupuesto.</translation>
    </message>
</context>
<context>
    <name>QuoteBox</name>
    <message>
        <source>Cheapest way to N coins</source>
        <translation>La forma más barata de conseguir N monedas</translation>
    </message>
    <message>
        <source>Coins wanted</source>
        <translation>Monedas que quieres</translation>
    </message>
    <message>
        <source>Find cheapest</source>
        <translation>Buscar lo más barato</translation>
    </message>
    <message>
        <source>Type how many coins you need: GiftDesk finds the cheapest mix of packages and a custom amount, on either channel.</source>
        <translation>Escribe cuántas monedas necesitas: GiftDesk encuentra la combinación más barata de paquetes y una cantidad personalizada, en cualquiera de los canales.</translation>
    </message>
    <message>
        <source>Cheapest way</source>
        <translation>Lo más barato</translation>
    </message>
    <message>
        <source>e.g. {coins}</source>
        <translation>p. ej. {coins}</translation>
    </message>
    <message>
        <source>Type how many coins you need (at least 1).</source>
        <translation>Escribe cuántas monedas necesitas (al menos 1).</translation>
    </message>
    <message>
        <source>&lt;b&gt;{price}&lt;/b&gt; on the {channel} channel for {coins}:</source>
        <translation>&lt;b&gt;{price}&lt;/b&gt; en el canal {channel} por {coins}:</translation>
    </message>
    <message>
        <source>{count} x {coins}-coin custom amount at {price}</source>
        <translation>{count} x cantidad personalizada de {coins} monedas a {price}</translation>
    </message>
    <message>
        <source>{count} x {coins}-coin package at {price}</source>
        <translation>{count} x paquete de {coins} monedas a {price}</translation>
    </message>
    <message>
        <source>The app channel would cost {price}.</source>
        <translation>El canal app costaría {price}.</translation>
    </message>
</context>
<context>
    <name>ReceiptLabel</name>
    <message>
        <source>Receipt</source>
        <translation>Recibo</translation>
    </message>
    <message>
        <source>Your receipt appears here after you pay.</source>
        <translation>Tu recibo aparece aquí después de pagar.</translation>
    </message>
    <message>
        <source>{brand} ending {last4}</source>
        <translation>{brand} terminada en {last4}</translation>
    </message>
    <message>
        <source>&lt;br&gt;Bonus: {coins}</source>
        <translation>&lt;br&gt;Bonificación: {coins}</translation>
    </message>
    <message>
        <source>&lt;br&gt;App-store fee inside the price: {fee}</source>
        <translation>&lt;br&gt;Comisión de la tienda de apps incluida en el precio: {fee}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Receipt {transaction}&lt;/b&gt;&lt;br&gt;{profile} bought {coins} on the {channel} channel.{bonus}&lt;br&gt;Paid: &lt;b&gt;{price}&lt;/b&gt; with {paid_with}{fee}&lt;br&gt;New balance: &lt;b&gt;{balance}&lt;/b&gt;&lt;br&gt;Payment reference: {reference}</source>
        <translation>&lt;b&gt;Recibo {transaction}&lt;/b&gt;&lt;br&gt;{profile} compró {coins} en el canal {channel}.{bonus}&lt;br&gt;Pagado: &lt;b&gt;{price}&lt;/b&gt; con {paid_with}{fee}&lt;br&gt;Saldo nuevo: &lt;b&gt;{balance}&lt;/b&gt;&lt;br&gt;Referencia de pago: {reference}</translation>
    </message>
    <message>
        <source>app</source>
        <translation>app</translation>
    </message>
    <message>
        <source>web</source>
        <translation>web</translation>
    </message>
</context>
<context>
    <name>ReceivedGiftsModel</name>
    <message>
        <source>LIVE</source>
        <translation>LIVE</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>Regalo</translation>
    </message>
    <message>
        <source>Coins</source>
        <translation>Monedas</translation>
    </message>
    <message>
        <source>Diamonds</source>
        <translation>Diamantes</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
</context>
<context>
    <name>RechargeTab</name>
    <message>
        <source>App store</source>
        <translation>Tienda de apps</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>PayPal</source>
        <translation>PayPal</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Método de pago</translation>
    </message>
    <message>
        <source>Purchase summary</source>
        <translation>Resumen de la compra</translation>
    </message>
    <message>
        <source>Buy coins</source>
        <translation>Comprar monedas</translation>
    </message>
    <message>
        <source>3. Pay</source>
        <translation>3. Pagar</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Método:</translation>
    </message>
    <message>
        <source>Card:</source>
        <translation>Tarjeta:</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Recibo</translation>
    </message>
    <message>
        <source>Sandbox payments: no real money moves.</source>
        <translation>Pagos de sandbox: no se mueve dinero real.</translation>
    </message>
    <message>
        <source>GiftDesk keeps only the card brand and last four digits.</source>
        <translation>GiftDesk solo guarda la marca de la tarjeta y los últimos cuatro dígitos.</translation>
    </message>
    <message>
        <source>Type a custom amount.</source>
        <translation>Escribe una cantidad personalizada.</translation>
    </message>
    <message>
        <source>{coins} first-purchase bonus</source>
        <translation>{coins} de bonificación por primera compra</translation>
    </message>
    <message>
        <source>{coins} {promotions} bonus</source>
        <translation>{coins} de bonificación {promotions}</translation>
    </message>
    <message>
        <source> (the app store keeps {fee})</source>
        <translation> (la tienda de apps se queda con {fee})</translation>
    </message>
    <message>
        <source>{coins}{bonus} = &lt;b&gt;{total}&lt;/b&gt;</source>
        <translation>{coins}{bonus} = &lt;b&gt;{total}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>You pay &lt;b&gt;{price}&lt;/b&gt;{fee}. You get {got}.</source>
        <translation>Pagas &lt;b&gt;{price}&lt;/b&gt;{fee}. Recibes {got}.</translation>
    </message>
    <message>
        <source>Above your two-step threshold: you will be asked for a code.</source>
        <translation>Por encima de tu umbral de dos pasos: se te pedirá un código.</translation>
    </message>
    <message>
        <source>Purchase refused</source>
        <translation>Compra rechazada</translation>
    </message>
    <message>
        <source>Two-step check</source>
        <translation>Verificación en dos pasos</translation>
    </message>
    <message>
        <source>This purchase ({price}) is above your two-step threshold. Enter the 6-digit code from your authenticator app:</source>
        <translation>Esta compra ({price}) supera tu umbral de dos pasos. Introduce el código de 6 dígitos de tu app de autenticación:</translation>
    </message>
</context>
<context>
    <name>Room</name>
    <message>
        <source>Time on air</source>
        <translation>Tiempo en el aire</translation>
    </message>
    <message>
        <source>Diamonds this LIVE</source>
        <translation>Diamantes de este LIVE</translation>
    </message>
    <message>
        <source>Gifts this LIVE</source>
        <translation>Regalos de este LIVE</translation>
    </message>
    <message>
        <source>Gifters</source>
        <translation>Donantes</translation>
    </message>
    <message>
        <source>Your place</source>
        <translation>Tu puesto</translation>
    </message>
    <message>
        <source>Goal progress</source>
        <translation>Progreso de la meta</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Gift feed</source>
        <translation>Flujo de regalos</translation>
    </message>
    <message>
        <source>Latest gift</source>
        <translation>Último regalo</translation>
    </message>
    <message>
        <source>Viewer ranking</source>
        <translation>Clasificación de espectadores</translation>
    </message>
    <message>
        <source>No gifts yet: they show here as they arrive.</source>
        <translation>Aún no hay regalos: aparecen aquí a medida que llegan.</translation>
    </message>
    <message>
        <source>No gifters yet.</source>
        <translation>Aún no hay donantes.</translation>
    </message>
    <message>
        <source>{sender} sent {gift}{times}</source>
        <translation>{sender} envió {gift}{times}</translation>
    </message>
    <message>
        <source> (and {count} more)</source>
        <translation> (y {count} más)</translation>
    </message>
    <message>
        <source>Gifts play here as they arrive.</source>
        <translation>Los regalos se reproducen aquí cuando llegan.</translation>
    </message>
    <message>
        <source>This LIVE has ended.</source>
        <translation>Este LIVE ha terminado.</translation>
    </message>
    <message>
        <source>&lt;b&gt;1&lt;/b&gt; diamond</source>
        <translation>&lt;b&gt;1&lt;/b&gt; diamante</translation>
    </message>
    <message>
        <source>&lt;b&gt;{diamonds}&lt;/b&gt; diamonds</source>
        <translation>&lt;b&gt;{diamonds}&lt;/b&gt; diamantes</translation>
    </message>
    <message>
        <source>&lt;b&gt;1&lt;/b&gt; gift</source>
        <translation>&lt;b&gt;1&lt;/b&gt; regalo</translation>
    </message>
    <message>
        <source>&lt;b&gt;{gifts}&lt;/b&gt; gifts</source>
        <translation>&lt;b&gt;{gifts}&lt;/b&gt; regalos</translation>
    </message>
    <message>
        <source>&lt;b&gt;1&lt;/b&gt; gifter</source>
        <translation>&lt;b&gt;1&lt;/b&gt; donante</translation>
    </message>
    <message>
        <source>&lt;b&gt;{gifters}&lt;/b&gt; gifters</source>
        <translation>&lt;b&gt;{gifters}&lt;/b&gt; donantes</translation>
    </message>
    <message>
        <source>No goal for this LIVE</source>
        <translation>Sin meta para este LIVE</translation>
    </message>
    <message>
        <source>Goal: {diamonds} of {goal}</source>
        <translation>Meta: {diamonds} de {goal}</translation>
    </message>
    <message>
        <source>(reached)</source>
        <translation>(alcanzada)</translation>
    </message>
    <message>
        <source>Send a gift to join the ranking</source>
        <translation>Envía un regalo para entrar en la clasificación</translation>
    </message>
    <message>
        <source>You are &lt;b&gt;#{place}&lt;/b&gt; with {coins}</source>
        <translation>Tu puesto: &lt;b&gt;#{place}&lt;/b&gt; con {coins}</translation>
    </message>
    <message>
        <source>On air {time}</source>
        <translation>En el aire: {time}</translation>
    </message>
    <message>
        <source>Was on air {time}</source>
        <translation>Estuvo en el aire: {time}</translation>
    </message>
</context>
<context>
    <name>SecurityDialog</name>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Enter the profile&apos;s password to {doing}:</source>
        <translation>Introduce la contraseña del perfil para {doing}:</translation>
    </message>
    <message>
        <source>Two-step check</source>
        <translation>Verificación en dos pasos</translation>
    </message>
    <message>
        <source>Enter the 6-digit code from your authenticator app to {doing}:</source>
        <translation>Introduce el código de 6 dígitos de tu app de autenticación para {doing}:</translation>
    </message>
    <message>
        <source>Security and budget: {name}</source>
        <translation>Seguridad y presupuesto: {name}</translation>
    </message>
</context>
<context>
    <name>SendBar</name>
    <message>
        <source>Send gift</source>
        <translation>Enviar regalo</translation>
    </message>
    <message>
        <source>Send gift (Ctrl+Enter)</source>
        <translation>Enviar regalo (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo last gift</source>
        <translation>Deshacer el último regalo</translation>
    </message>
    <message>
        <source>Undo the last gift (Ctrl+Z)</source>
        <translation>Deshacer el último regalo (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo ({seconds} s)</source>
        <translation>Deshacer ({seconds} s)</translation>
    </message>
    <message>
        <source>Undo {gift} to {creator}, {seconds} seconds left</source>
        <translation>Deshacer {gift} a {creator}, quedan {seconds} segundos</translation>
    </message>
</context>
<context>
    <name>SpendingChartBox</name>
    <message>
        <source>Money spent per month</source>
        <translation>Dinero gastado por mes</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <source>Show the months as a table</source>
        <translation>Mostrar los meses como tabla</translation>
    </message>
    <message>
        <source>Chart legend</source>
        <translation>Leyenda del gráfico</translation>
    </message>
    <message>
        <source>Spending chart</source>
        <translation>Gráfico de gastos</translation>
    </message>
    <message>
        <source>Chosen month</source>
        <translation>Mes elegido</translation>
    </message>
    <message>
        <source>No gifts sent in these 12 months: what they cost and where the money went will show here.</source>
        <translation>No se enviaron regalos en estos 12 meses: aquí aparecerá lo que costaron y adónde fue el dinero.</translation>
    </message>
    <message>
        <source>Dashed line: your monthly budget of {coins}, about {price} at web prices.</source>
        <translation>Línea discontinua: tu presupuesto mensual de {coins}, unos {price} a precios de la web.</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <translation>MMM yyyy</translation>
    </message>
    <message>
        <source>MMM</source>
        <translation>MMM</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <translation>MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>{month}: no gifts</source>
        <translation>{month}: sin regalos</translation>
    </message>
    <message>
        <source>{month}: {paid} ({coins}): creators {creator}, the platform {platform}, the app store {store}</source>
        <translation>{month}: {paid} ({coins}): creadores {creator}, la plataforma {platform}, la tienda de apps {store}</translation>
    </message>
    <message>
        <source>Creators</source>
        <translation>Creadores</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>App store</source>
        <translation>Tienda de apps</translation>
    </message>
</context>
<context>
    <name>SpendingTab</name>
    <message>
        <source>Coins not yet spent</source>
        <translation>Monedas aún sin gastar</translation>
    </message>
    <message>
        <source>Spending by creator</source>
        <translation>Gastos por creador</translation>
    </message>
    <message>
        <source>By creator</source>
        <translation>Por creador</translation>
    </message>
    <message>
        <source>Choose a profile to see its spending.</source>
        <translation>Elige un perfil para ver sus gastos.</translation>
    </message>
    <message>
        <source>Not yet spent: &lt;b&gt;{coins}&lt;/b&gt;, which cost you {cents}.</source>
        <translation>Aún sin gastar: &lt;b&gt;{coins}&lt;/b&gt;, que te costaron {cents}.</translation>
    </message>
    <message>
        <source>By creator, {month}</source>
        <translation>Por creador, {month}</translation>
    </message>
    <message>
        <source>No gifts sent in {month}.</source>
        <translation>No se enviaron regalos en {month}.</translation>
    </message>
</context>
<context>
    <name>SummaryBox</name>
    <message>
        <source>Your LIVE has ended</source>
        <translation>Tu LIVE ha terminado</translation>
    </message>
    <message>
        <source>LIVE summary</source>
        <translation>Resumen del LIVE</translation>
    </message>
    <message>
        <source>{creator}&apos;s LIVE has ended</source>
        <translation>El LIVE de {creator} ha terminado</translation>
    </message>
    <message>
        <source>Time on air: {time}</source>
        <translation>Tiempo en el aire: {time}</translation>
    </message>
    <message>
        <source>Diamonds: {diamonds} ({value})</source>
        <translation>Diamantes: {diamonds} ({value})</translation>
    </message>
    <message>
        <source>Gifts: {gifts} from 1 gifter</source>
        <translation>Regalos: {gifts} de 1 donante</translation>
    </message>
    <message>
        <source>Gifts: {gifts} from {gifters} gifters</source>
        <translation>Regalos: {gifts} de {gifters} donantes</translation>
    </message>
    <message>
        <source>Top gifters: {top}</source>
        <translation>Mayores donantes: {top}</translation>
    </message>
    <message>
        <source>No gifts this time.</source>
        <translation>No hubo regalos esta vez.</translation>
    </message>
    <message>
        <source>Goal of {goal} reached.</source>
        <translation>Meta de {goal} alcanzada.</translation>
    </message>
    <message>
        <source>Goal of {goal} not reached.</source>
        <translation>Meta de {goal} no alcanzada.</translation>
    </message>
</context>
<context>
    <name>SupportersBox</name>
    <message>
        <source>Top supporters</source>
        <translation>Mayores donantes</translation>
    </message>
    <message>
        <source>No gifts for {name} today: the first one you send puts you on top.</source>
        <translation>{name} aún no tiene regalos hoy: el primero que envíes te pondrá en lo más alto.</translation>
    </message>
    <message>
        <source>No gifts for {name} this week: the first one you send puts you on top.</source>
        <translation>{name} aún no tiene regalos esta semana: el primero que envíes te pondrá en lo más alto.</translation>
    </message>
    <message>
        <source>No gifts for {name} this month: the first one you send puts you on top.</source>
        <translation>{name} aún no tiene regalos este mes: el primero que envíes te pondrá en lo más alto.</translation>
    </message>
    <message>
        <source>No gifts for {name} this year: the first one you send puts you on top.</source>
        <translation>{name} aún no tiene regalos este año: el primero que envíes te pondrá en lo más alto.</translation>
    </message>
    <message>
        <source>No gifts for {name} yet: the first one you send puts you on top.</source>
        <translation>{name} aún no tiene regalos: el primero que envíes te pondrá en lo más alto.</translation>
    </message>
    <message>
        <source>Choose a creator to see who supports them.</source>
        <translation>Elige un creador para ver quién lo apoya.</translation>
    </message>
    <message>
        <source>{name}&apos;s top supporters</source>
        <translation>Mayores donantes de {name}</translation>
    </message>
</context>
<context>
    <name>ThresholdForm</name>
    <message>
        <source>e.g. {amount}</source>
        <translation>p. ej. {amount}</translation>
    </message>
    <message>
        <source>Purchase threshold in dollars</source>
        <translation>Umbral de compra en dólares</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save purchase threshold</source>
        <translation>Guardar el umbral de compra</translation>
    </message>
    <message>
        <source>No code for purchases</source>
        <translation>Sin código para compras</translation>
    </message>
    <message>
        <source>Ask for a code for purchases over $</source>
        <translation>Pedir un código para compras de más de $</translation>
    </message>
    <message>
        <source>No purchase needs a code.</source>
        <translation>Ninguna compra requiere código.</translation>
    </message>
    <message>
        <source>Purchases over {amount} need a code{when}.</source>
        <translation>Las compras de más de {amount} requieren un código{when}.</translation>
    </message>
    <message>
        <source> once two-step is on</source>
        <translation> cuando la verificación en dos pasos esté activada</translation>
    </message>
    <message>
        <source>Purchase threshold</source>
        <translation>Umbral de compra</translation>
    </message>
    <message>
        <source>Type an amount in dollars, such as {whole} or {cents}.</source>
        <translation>Escribe un importe en dólares, como {whole} o {cents}.</translation>
    </message>
    <message>
        <source>change the purchase threshold</source>
        <translation>cambiar el umbral de compra</translation>
    </message>
    <message>
        <source>let more purchases through without one</source>
        <translation>dejar pasar más compras sin código</translation>
    </message>
    <message>
        <source>Threshold not changed</source>
        <translation>Umbral sin cambios</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
</context>
<context>
    <name>TrayNotifier</name>
    <message>
        <source>Tray &amp;Notifications</source>
        <translation>&amp;Notificaciones en la bandeja</translation>
    </message>
    <message>
        <source>For creators: a message by the clock when a gift of 1,000 coins or more arrives, or a LIVE&apos;s goal is reached, while GiftDesk is not in front.</source>
        <translation>Para creadores: un mensaje junto al reloj cuando llega un regalo de 1.000 monedas o más, o se alcanza la meta de un LIVE, mientras GiftDesk no está en primer plano.</translation>
    </message>
    <message>
        <source>{count} big gifts</source>
        <translation>{count} regalos grandes</translation>
    </message>
    <message>
        <source>{coins} in all, from {senders}.</source>
        <translation>{coins} en total, de {senders}.</translation>
    </message>
    <message>
        <source>{sender} sent you {gift}{times}</source>
        <translation>{sender} te envió {gift}{times}</translation>
    </message>
    <message>
        <source>{coins}: {diamonds} for you.</source>
        <translation>{coins}: {diamonds} para ti.</translation>
    </message>
    <message>
        <source>LIVE goal reached</source>
        <translation>Meta del LIVE alcanzada</translation>
    </message>
    <message>
        <source>Your LIVE has {diamonds} of its {goal} goal.</source>
        <translation>Tu LIVE lleva {diamonds} de su meta de {goal}.</translation>
    </message>
</context>
<context>
    <name>TwoStepBox</name>
    <message>
        <source>6 digits</source>
        <translation>6 dígitos</translation>
    </message>
    <message>
        <source>Two-step check</source>
        <translation>Verificación en dos pasos</translation>
    </message>
    <message>
        <source>Turn on two-step...</source>
        <translation>Activar dos pasos...</translation>
    </message>
    <message>
        <source>Turn on two-step check</source>
        <translation>Activar la verificación en dos pasos</translation>
    </message>
    <message>
        <source>Code from the app, to turn two-step off</source>
        <translation>Código de la app, para desactivar los dos pasos</translation>
    </message>
    <message>
        <source>Turn off two-step</source>
        <translation>Desactivar dos pasos</translation>
    </message>
    <message>
        <source>Turn off two-step check</source>
        <translation>Desactivar la verificación en dos pasos</translation>
    </message>
    <message>
        <source>Code the app shows:</source>
        <translation>Código que muestra la app:</translation>
    </message>
    <message>
        <source>QR code for your authenticator app</source>
        <translation>Código QR para tu app de autenticación</translation>
    </message>
    <message>
        <source>Two-step secret</source>
        <translation>Secreto de dos pasos</translation>
    </message>
    <message>
        <source>Code from the app, to confirm</source>
        <translation>Código de la app, para confirmar</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>Confirm two-step</source>
        <translation>Confirmar dos pasos</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel turning on two-step</source>
        <translation>Cancelar la activación de dos pasos</translation>
    </message>
    <message>
        <source>Scan the code with an authenticator app (Aegis, Google Authenticator, 1Password, ...) or type this secret into it:</source>
        <translation>Escanea el código con una app de autenticación (Aegis, Google Authenticator, 1Password, ...) o escribe en ella este secreto:</translation>
    </message>
    <message>
        <source>payouts, and purchases above the amount below,</source>
        <translation>los retiros y las compras por encima del importe de abajo</translation>
    </message>
    <message>
        <source>purchases above the amount below</source>
        <translation>las compras por encima del importe de abajo</translation>
    </message>
    <message>
        <source>On: {guarded} need a 6-digit code from your authenticator app.</source>
        <translation>Activada: {guarded} requieren un código de 6 dígitos de tu app de autenticación.</translation>
    </message>
    <message>
        <source>Off. With two-step on, {guarded} need a 6-digit code from an authenticator app on your phone.</source>
        <translation>Desactivada. Con los dos pasos activados, {guarded} requieren un código de 6 dígitos de una app de autenticación en tu teléfono.</translation>
    </message>
    <message>
        <source>Two-step</source>
        <translation>Dos pasos</translation>
    </message>
    <message>
        <source>turn on two-step</source>
        <translation>activar la verificación en dos pasos</translation>
    </message>
    <message>
        <source>Two-step not turned on</source>
        <translation>Dos pasos no activados</translation>
    </message>
    <message>
        <source>turn off two-step</source>
        <translation>desactivar la verificación en dos pasos</translation>
    </message>
    <message>
        <source>Two-step not turned off</source>
        <translation>Dos pasos no desactivados</translation>
    </message>
</context>
<context>
    <name>launch</name>
    <message>
        <source>GiftDesk</source>
        <translation>GiftDesk</translation>
    </message>
    <message>
        <source>Something went wrong: {error}

Nothing you saved is lost. The details were written to {where}.</source>
        <translation>Algo salió mal: {error}

No se ha perdido nada de lo que guardaste. Los detalles se escribieron en {where}.</translation>
    </message>
    <message>
        <source>{asked}.

Password:</source>
        <translation>{asked}.

Contraseña:</translation>
    </message>
</context>
<context>
    <name>theme</name>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
</context>
</TS>
