<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>ActivityModel</name>
    <message>
        <source>Transaction</source>
        <translation>Transação</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <source>Coins</source>
        <translation>Moedas</translation>
    </message>
    <message>
        <source>Diamonds</source>
        <translation>Diamantes</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Dinheiro</translation>
    </message>
</context>
<context>
    <name>ActivityTab</name>
    <message>
        <source>Everything</source>
        <translation>Tudo</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Compras</translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation>Presentes</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>Saques</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Filter by text, e.g. a creator&apos;s name</source>
        <translation>Filtre por texto, p. ex. o nome de um criador</translation>
    </message>
    <message>
        <source>Filter activity</source>
        <translation>Filtrar atividade</translation>
    </message>
    <message>
        <source>Export CSV...</source>
        <translation>Exportar CSV...</translation>
    </message>
    <message>
        <source>Export activity as CSV</source>
        <translation>Exportar a atividade como CSV</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Atividade</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>{shown} found in the {total} newest transactions; looking further back...</source>
        <translation>{shown} encontradas nas {total} transações mais recentes; procurando mais para trás...</translation>
    </message>
    <message>
        <source>{shown} found in the {total} newest transactions; scroll for older ones</source>
        <translation>{shown} encontradas nas {total} transações mais recentes; role para ver as anteriores</translation>
    </message>
    <message>
        <source>The {total} newest transactions; scroll for older ones</source>
        <translation>As {total} transações mais recentes; role para ver as anteriores</translation>
    </message>
    <message>
        <source>{shown} of {total} transactions shown</source>
        <translation>{shown} de {total} transações exibidas</translation>
    </message>
    <message>
        <source>1 transaction</source>
        <translation>1 transação</translation>
    </message>
    <message>
        <source>{total} transactions</source>
        <translation>{total} transações</translation>
    </message>
    <message>
        <source>Choose a profile to see its activity.</source>
        <translation>Escolha um perfil para ver a atividade dele.</translation>
    </message>
    <message>
        <source>Looking further back for matches...</source>
        <translation>Procurando resultados mais para trás...</translation>
    </message>
    <message>
        <source>Nothing matches the filter. Clear it to see every transaction.</source>
        <translation>Nada corresponde ao filtro. Limpe-o para ver todas as transações.</translation>
    </message>
    <message>
        <source>No activity yet: purchases, gifts and payouts will show here.</source>
        <translation>Ainda não há atividade: compras, presentes e saques vão aparecer aqui.</translation>
    </message>
</context>
<context>
    <name>AmountEdit</name>
    <message>
        <source>“{text}”: write the digits in groups of three, as in {example}.</source>
        <translation>“{text}”: escreva os dígitos em grupos de três, como em {example}.</translation>
    </message>
    <message>
        <source>“{text}” has more digits than any amount.</source>
        <translation>“{text}” tem dígitos demais para ser um valor.</translation>
    </message>
    <message>
        <source>“{text}” is not a whole number: use the digits 0-9, as in {example}.</source>
        <translation>“{text}” não é um número inteiro: use os dígitos 0-9, como em {example}.</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>No gifts in these days</source>
        <translation>Nenhum presente nestes dias</translation>
    </message>
    <message>
        <source>{first} to {last}. Highest: {best}. Left and right arrows go through them.</source>
        <translation>{first} a {last}. O mais alto: {best}. As setas para a esquerda e para a direita percorrem as barras.</translation>
    </message>
</context>
<context>
    <name>BudgetBox</name>
    <message>
        <source>Spending budget</source>
        <translation>Orçamento de gastos</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>sem limite</translation>
    </message>
    <message>
        <source>Daily budget in coins</source>
        <translation>Orçamento diário em moedas</translation>
    </message>
    <message>
        <source>Monthly budget in coins</source>
        <translation>Orçamento mensal em moedas</translation>
    </message>
    <message>
        <source>Save budget</source>
        <translation>Salvar orçamento</translation>
    </message>
    <message>
        <source>Time zone of budget days and ages</source>
        <translation>Fuso horário dos dias de orçamento e das idades</translation>
    </message>
    <message>
        <source>Save time zone</source>
        <translation>Salvar fuso horário</translation>
    </message>
    <message>
        <source>Coins per day:</source>
        <translation>Moedas por dia:</translation>
    </message>
    <message>
        <source>Coins per month:</source>
        <translation>Moedas por mês:</translation>
    </message>
    <message>
        <source>Budget days and ages follow:</source>
        <translation>Dias de orçamento e idades seguem:</translation>
    </message>
    <message>
        <source>Empty means no cap. Gifts over a cap are refused.</source>
        <translation>Vazio significa sem limite. Presentes acima de um limite são recusados.</translation>
    </message>
    <message>
        <source>Left today: {coins}.</source>
        <translation>Resta hoje: {coins}.</translation>
    </message>
    <message>
        <source>Saving asks for the password.</source>
        <translation>Para salvar, a senha é pedida.</translation>
    </message>
    <message>
        <source>change the spending budget</source>
        <translation>alterar o orçamento de gastos</translation>
    </message>
    <message>
        <source>Budget not changed</source>
        <translation>Orçamento não alterado</translation>
    </message>
    <message>
        <source>Time zone not changed</source>
        <translation>Fuso horário não alterado</translation>
    </message>
    <message>
        <source>change the time zone</source>
        <translation>alterar o fuso horário</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvo.</translation>
    </message>
</context>
<context>
    <name>CardForm</name>
    <message>
        <source>Card number</source>
        <translation>Número do cartão</translation>
    </message>
    <message>
        <source>MM/YY</source>
        <translation>MM/AA</translation>
    </message>
    <message>
        <source>Card expiry</source>
        <translation>Validade do cartão</translation>
    </message>
    <message>
        <source>CVC</source>
        <translation>CVC</translation>
    </message>
    <message>
        <source>Card security code</source>
        <translation>Código de segurança do cartão</translation>
    </message>
    <message>
        <source>Card looks good.</source>
        <translation>O cartão parece correto.</translation>
    </message>
    <message>
        <source>Enter the card number, expiry (MM/YY) and security code.</source>
        <translation>Digite o número do cartão, a validade (MM/AA) e o código de segurança.</translation>
    </message>
</context>
<context>
    <name>ChannelBox</name>
    <message>
        <source>1. Where to buy</source>
        <translation>1. Onde comprar</translation>
    </message>
    <message>
        <source>App (through the app store)</source>
        <translation>App (pela loja de apps)</translation>
    </message>
    <message>
        <source>Web (direct, cheaper)</source>
        <translation>Web (direto, mais barato)</translation>
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
        <translation>As compras no app passam pela loja de apps, que fica com {percent}% do preço, então as moedas custam mais aqui. Só pacotes.</translation>
    </message>
    <message>
        <source>Buying on the web skips the app-store fee: the same coins cost about a quarter less, and you can choose a custom amount.</source>
        <translation>Comprar na web evita a taxa da loja de apps: as mesmas moedas custam cerca de um quarto a menos, e você pode escolher uma quantia personalizada.</translation>
    </message>
</context>
<context>
    <name>ChartBox</name>
    <message>
        <source>Diamonds earned</source>
        <translation>Diamantes ganhos</translation>
    </message>
    <message>
        <source>Chart period</source>
        <translation>Período do gráfico</translation>
    </message>
    <message>
        <source>Last {n} days, by day</source>
        <translation>Últimos {n} dias, por dia</translation>
    </message>
    <message>
        <source>Last {n} weeks, by week</source>
        <translation>Últimas {n} semanas, por semana</translation>
    </message>
    <message>
        <source>Last {n} months, by month</source>
        <translation>Últimos {n} meses, por mês</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabela</translation>
    </message>
    <message>
        <source>Show the figures as a table</source>
        <translation>Mostrar os números como tabela</translation>
    </message>
    <message>
        <source>Diamonds chart</source>
        <translation>Gráfico de diamantes</translation>
    </message>
    <message>
        <source>Diamonds per period</source>
        <translation>Diamantes por período</translation>
    </message>
    <message>
        <source>Chosen period</source>
        <translation>Período escolhido</translation>
    </message>
    <message>
        <source>Drawn cut short, to keep the other bars readable: {bars}.</source>
        <translation>Desenhadas cortadas, para manter as outras barras legíveis: {bars}.</translation>
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
        <translation>ddd, d &apos;de&apos; MMM</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <translation>ddd, d &apos;de&apos; MMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>{period}: no gifts</source>
        <translation>{period}: nenhum presente</translation>
    </message>
    <message>
        <source>1 gift</source>
        <translation>1 presente</translation>
    </message>
    <message>
        <source>{n} gifts</source>
        <translation>{n} presentes</translation>
    </message>
    <message>
        <source>{period}: {diamonds} from {gifts}</source>
        <translation>{period}: {diamonds} de {gifts}</translation>
    </message>
    <message>
        <source>No gifts in these months</source>
        <translation>Nenhum presente nestes meses</translation>
    </message>
    <message>
        <source>No gifts in these weeks</source>
        <translation>Nenhum presente nestas semanas</translation>
    </message>
    <message>
        <source>No gifts in these days</source>
        <translation>Nenhum presente nestes dias</translation>
    </message>
</context>
<context>
    <name>CostLabel</name>
    <message>
        <source>Cost and creator share</source>
        <translation>Custo e parte do criador</translation>
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
        <translation>{creator} recebe &lt;b&gt;{diamonds}&lt;/b&gt; = {value}.</translation>
    </message>
    <message>
        <source>Diamonds are rounded down over all of a creator&apos;s gifts: the fraction carries over to their next gift.</source>
        <translation>Os diamantes são arredondados para baixo sobre o total de presentes de um criador: a fração passa para o próximo presente.</translation>
    </message>
    <message>
        <source>No other creator to send to yet: add a creator profile first.</source>
        <translation>Ainda não há outro criador para quem enviar: adicione antes um perfil de criador.</translation>
    </message>
    <message>
        <source>No creator to send to yet: add a creator profile first.</source>
        <translation>Ainda não há nenhum criador para quem enviar: adicione antes um perfil de criador.</translation>
    </message>
    <message>
        <source>You have {coins}</source>
        <translation>Você tem {coins}</translation>
    </message>
    <message>
        <source>; {coins} left in today&apos;s budget</source>
        <translation>; restam {coins} no orçamento de hoje</translation>
    </message>
    <message>
        <source>Those coins cost about {web} on the web ({app} in the app).</source>
        <translation>Essas moedas custam cerca de {web} na web ({app} no app).</translation>
    </message>
    <message>
        <source>These coins cost you &lt;b&gt;nothing&lt;/b&gt;: they were free (bonus).</source>
        <translation>Estas moedas não custaram &lt;b&gt;nada&lt;/b&gt;: eram grátis (bônus).</translation>
    </message>
    <message>
        <source>These coins cost you &lt;b&gt;under a cent&lt;/b&gt;, counted with your next gifts.</source>
        <translation>Estas moedas custaram &lt;b&gt;menos de um centavo&lt;/b&gt;, que entra na conta dos seus próximos presentes.</translation>
    </message>
    <message>
        <source>These coins cost you &lt;b&gt;{paid}&lt;/b&gt; ({free} of them were free, bonus).</source>
        <translation>Estas moedas custaram &lt;b&gt;{paid}&lt;/b&gt; ({free} eram grátis, de bônus).</translation>
    </message>
    <message>
        <source>These coins cost you &lt;b&gt;{paid}&lt;/b&gt; (your oldest coins first).</source>
        <translation>Estas moedas custaram &lt;b&gt;{paid}&lt;/b&gt; (primeiro as suas moedas mais antigas).</translation>
    </message>
    <message>
        <source>{creator} receives &lt;b&gt;{value}&lt;/b&gt; ({percent}%, {diamonds}); the platform {platform}, the app store {store}.</source>
        <translation>{creator} recebe &lt;b&gt;{value}&lt;/b&gt; ({percent}%, {diamonds}); a plataforma {platform} e a loja de apps {store}.</translation>
    </message>
</context>
<context>
    <name>CreatorSpendingModel</name>
    <message>
        <source>Creator</source>
        <translation>Criador</translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation>Presentes</translation>
    </message>
    <message>
        <source>Coins</source>
        <translation>Moedas</translation>
    </message>
    <message>
        <source>Cost you</source>
        <translation>Custo</translation>
    </message>
    <message>
        <source>Creator got</source>
        <translation>Ao criador</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <source>Transaction details</source>
        <translation>Detalhes da transação</translation>
    </message>
    <message>
        <source>Select a transaction in the list to see its details here.</source>
        <translation>Selecione uma transação na lista para ver os detalhes dela aqui.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Transaction {reference}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Transação {reference}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>From your purchases (oldest first):</source>
        <translation>Das suas compras (primeiro as mais antigas):</translation>
    </message>
    <message>
        <source>Back to your purchases:</source>
        <translation>De volta às suas compras:</translation>
    </message>
    <message>
        <source>Those coins cost you &lt;b&gt;{paid}&lt;/b&gt;.</source>
        <translation>Essas moedas custaram &lt;b&gt;{paid}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Those coins cost you nothing (free coins, or under a cent).</source>
        <translation>Essas moedas não custaram nada (moedas grátis, ou menos de um centavo).</translation>
    </message>
    <message>
        <source>The creator: {value} ({percent}%)</source>
        <translation>O criador: {value} ({percent}%)</translation>
    </message>
    <message>
        <source>The creator: {value}</source>
        <translation>O criador: {value}</translation>
    </message>
    <message>
        <source>The platform: {value}</source>
        <translation>A plataforma: {value}</translation>
    </message>
    <message>
        <source>The app store: {value}</source>
        <translation>A loja de apps: {value}</translation>
    </message>
    <message>
        <source>Undid gift {reference}.</source>
        <translation>Presente {reference} desfeito.</translation>
    </message>
    <message>
        <source>Given back: the coins, and the {paid} they cost you, to the purchases they came from; the creator&apos;s {creator} taken back.</source>
        <translation>Devolvido às compras de onde vieram: as moedas e os {paid} que elas custaram; os {creator} do criador foram retirados.</translation>
    </message>
    <message>
        <source>{coins} (bonus included) for {price}; the app store&apos;s fee: {fee}.</source>
        <translation>{coins} (bônus incluído) por {price}; taxa da loja de apps: {fee}.</translation>
    </message>
    <message>
        <source>Spent on gifts: {coins}, which cost {cents}.</source>
        <translation>Gasto em presentes: {coins}, que custaram {cents}.</translation>
    </message>
    <message>
        <source>Left: {coins}, which cost {cents}.</source>
        <translation>Restam: {coins}, que custaram {cents}.</translation>
    </message>
    <message>
        <source>{coins} from purchase {reference}, {paid}</source>
        <translation>{coins} da compra {reference}, {paid}</translation>
    </message>
    <message>
        <source>{coins} back to purchase {reference}, {paid}</source>
        <translation>{coins} de volta à compra {reference}, {paid}</translation>
    </message>
</context>
<context>
    <name>EarningsSupportersBox</name>
    <message>
        <source>Top supporters</source>
        <translation>Maiores apoiadores</translation>
    </message>
    <message>
        <source>No gifts today yet: whoever sends you one today shows here.</source>
        <translation>Ainda não há presentes hoje: quem enviar um para você hoje aparece aqui.</translation>
    </message>
    <message>
        <source>No gifts this week yet (from Monday): whoever sends you one shows here.</source>
        <translation>Ainda não há presentes nesta semana (a partir de segunda): quem enviar um para você aparece aqui.</translation>
    </message>
    <message>
        <source>No gifts this month yet: whoever sends you one shows here.</source>
        <translation>Ainda não há presentes neste mês: quem enviar um para você aparece aqui.</translation>
    </message>
    <message>
        <source>No gifts this year yet: whoever sends you one shows here.</source>
        <translation>Ainda não há presentes neste ano: quem enviar um para você aparece aqui.</translation>
    </message>
    <message>
        <source>No gifts yet: whoever sends you one shows here.</source>
        <translation>Ainda não há presentes: quem enviar um para você aparece aqui.</translation>
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
        <translation>Valor em dinheiro</translation>
    </message>
    <message>
        <source>Your diamonds</source>
        <translation>Seus diamantes</translation>
    </message>
    <message>
        <source>Gifts received</source>
        <translation>Presentes recebidos</translation>
    </message>
    <message>
        <source>Gifts received, LIVEs and payouts</source>
        <translation>Presentes recebidos, LIVEs e saques</translation>
    </message>
    <message>
        <source>Which list</source>
        <translation>Qual lista</translation>
    </message>
    <message>
        <source>Your LIVEs</source>
        <translation>Suas LIVEs</translation>
    </message>
    <message>
        <source>at least {diamonds}</source>
        <translation>pelo menos {diamonds}</translation>
    </message>
    <message>
        <source>Diamonds to pay out</source>
        <translation>Diamantes para sacar</translation>
    </message>
    <message>
        <source>Cash value of the payout</source>
        <translation>Valor em dinheiro do saque</translation>
    </message>
    <message>
        <source>Payout method</source>
        <translation>Método de saque</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Conta bancária</translation>
    </message>
    <message>
        <source>PayPal</source>
        <translation>PayPal</translation>
    </message>
    <message>
        <source>Payout limits</source>
        <translation>Limites de saque</translation>
    </message>
    <message>
        <source>Request payout</source>
        <translation>Solicitar saque</translation>
    </message>
    <message>
        <source>Process pending (sandbox)</source>
        <translation>Processar pendentes (sandbox)</translation>
    </message>
    <message>
        <source>Process pending payouts</source>
        <translation>Processar os saques pendentes</translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation>Sacar</translation>
    </message>
    <message>
        <source>Diamonds:</source>
        <translation>Diamantes:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <source>Payout status</source>
        <translation>Status do saque</translation>
    </message>
    <message>
        <source>Payout history</source>
        <translation>Histórico de saques</translation>
    </message>
    <message>
        <source>Choose a profile in the list above to see its earnings.</source>
        <translation>Escolha um perfil na lista acima para ver os ganhos dele.</translation>
    </message>
    <message>
        <source>Earnings are for creator profiles. Switch to a creator in the profile list above, or create one with File &gt; New Profile.</source>
        <translation>Ganhos são para perfis de criador. Mude para um criador na lista de perfis acima ou crie um em Arquivo &gt; Novo perfil.</translation>
    </message>
    <message>
        <source>worth {value}</source>
        <translation>vale {value}</translation>
    </message>
    <message>
        <source>From LIVEs: {live}; from videos: {video}. You receive {diamonds} diamond for every {coins} coins of gifts, and a diamond is worth one cent.</source>
        <translation>De LIVEs: {live}; de vídeos: {video}. Você recebe {diamonds} diamante a cada {coins} moedas em presentes, e um diamante vale um centavo.</translation>
    </message>
    <message>
        <source> {diamonds} are held for pending payouts.</source>
        <translation> {diamonds} estão retidos por saques pendentes.</translation>
    </message>
    <message>
        <source>Minimum {diamonds} ({value}). At most {max_per_day} per UTC day: {left} left today.</source>
        <translation>Mínimo {diamonds} ({value}). No máximo {max_per_day} por dia UTC: restam {left} hoje.</translation>
    </message>
    <message>
        <source>Two-step check is on: you will be asked for a code.</source>
        <translation>A verificação em duas etapas está ativada: um código será pedido.</translation>
    </message>
    <message>
        <source>= {value}</source>
        <translation>= {value}</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>Saque</translation>
    </message>
    <message>
        <source>Type how many diamonds to pay out.</source>
        <translation>Digite quantos diamantes quer sacar.</translation>
    </message>
    <message>
        <source>Two-step check</source>
        <translation>Verificação em duas etapas</translation>
    </message>
    <message>
        <source>Enter the 6-digit code from your authenticator app to pay out {value}:</source>
        <translation>Digite o código de 6 dígitos do seu app autenticador para sacar {value}:</translation>
    </message>
    <message>
        <source>Payout refused</source>
        <translation>Saque recusado</translation>
    </message>
    <message>
        <source>Payout of {value} to {method} requested: pending until it is processed.</source>
        <translation>Saque de {value} para {method} solicitado: pendente até ser processado.</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>Saques</translation>
    </message>
    <message>
        <source>Processed {n}: {paid} paid ({value}), {failed} failed.</source>
        <translation>Processados {n}: {paid} pagos ({value}), {failed} com falha.</translation>
    </message>
    <message>
        <source>A failed payout&apos;s diamonds are back in your balance.</source>
        <translation>Os diamantes de um saque com falha voltam ao seu saldo.</translation>
    </message>
</context>
<context>
    <name>GiftBar</name>
    <message>
        <source>Gifts to send</source>
        <translation>Presentes para enviar</translation>
    </message>
    <message>
        <source>Combo count</source>
        <translation>Quantidade do combo</translation>
    </message>
    <message>
        <source>&amp;Count:</source>
        <translation>&amp;Quantidade:</translation>
    </message>
    <message>
        <source>Send status</source>
        <translation>Status do envio</translation>
    </message>
    <message>
        <source>Sent {gift}{times}.</source>
        <translation>{gift}{times} enviado.</translation>
    </message>
    <message>
        <source>Undone: {coins} back in your wallet.</source>
        <translation>Desfeito: {coins} de volta na sua carteira.</translation>
    </message>
</context>
<context>
    <name>GiftCatalogModel</name>
    <message>
        <source> Can be sent as a combo.</source>
        <translation> Pode ser enviado como combo.</translation>
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
        <translation>Buscar presentes</translation>
    </message>
    <message>
        <source>Price filter</source>
        <translation>Filtro de preço</translation>
    </message>
    <message>
        <source>Pr&amp;ice:</source>
        <translation>Preç&amp;o:</translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation>Presentes</translation>
    </message>
    <message>
        <source>No gift matches “{text}” with the price filter “{band}”.</source>
        <translation>Nenhum presente corresponde a “{text}” com o filtro de preço “{band}”.</translation>
    </message>
    <message>
        <source>No gift matches “{text}”.</source>
        <translation>Nenhum presente corresponde a “{text}”.</translation>
    </message>
    <message>
        <source>No gift with the price filter “{band}”.</source>
        <translation>Nenhum presente com o filtro de preço “{band}”.</translation>
    </message>
    <message>
        <source>Clear the search or choose All prices to see every gift.</source>
        <translation>Limpe a busca ou escolha Todos os preços para ver todos os presentes.</translation>
    </message>
    <message>
        <source>All prices</source>
        <translation>Todos os preços</translation>
    </message>
    <message>
        <source>Under 100 coins (combo)</source>
        <translation>Menos de 100 moedas (combo)</translation>
    </message>
    <message>
        <source>100 to 999 coins</source>
        <translation>De 100 a 999 moedas</translation>
    </message>
    <message>
        <source>1,000 to 9,999 coins</source>
        <translation>De 1.000 a 9.999 moedas</translation>
    </message>
    <message>
        <source>10,000 coins and up</source>
        <translation>10.000 moedas ou mais</translation>
    </message>
</context>
<context>
    <name>GiftsTab</name>
    <message>
        <source>Creator</source>
        <translation>Criador</translation>
    </message>
    <message>
        <source>Send &amp;to:</source>
        <translation>&amp;Enviar para:</translation>
    </message>
    <message>
        <source>Where the gift is sent</source>
        <translation>Onde o presente é enviado</translation>
    </message>
    <message>
        <source>During their LIVE</source>
        <translation>Durante a LIVE</translation>
    </message>
    <message>
        <source>On a video</source>
        <translation>Em um vídeo</translation>
    </message>
    <message>
        <source>LIVE now</source>
        <translation>LIVE agora</translation>
    </message>
    <message>
        <source>Combo count</source>
        <translation>Quantidade do combo</translation>
    </message>
    <message>
        <source>Send status</source>
        <translation>Status do envio</translation>
    </message>
    <message>
        <source>Count:</source>
        <translation>Quantidade:</translation>
    </message>
    <message>
        <source>Your gift</source>
        <translation>Seu presente</translation>
    </message>
    <message>
        <source>Choose a gift</source>
        <translation>Escolha um presente</translation>
    </message>
    <message>
        <source>Combo: send up to {n} at once.</source>
        <translation>Combo: envie até {n} de uma vez.</translation>
    </message>
    <message>
        <source>Sent one at a time.</source>
        <translation>Enviado um de cada vez.</translation>
    </message>
    <message>
        <source>{gift}{times} to {creator} was taken back elsewhere.</source>
        <translation>{gift}{times} para {creator} foi desfeito em outro lugar.</translation>
    </message>
    <message>
        <source>You have {coins} now: Send gift sends {gift}{times} to {creator}.</source>
        <translation>Agora você tem {coins}: “Enviar presente” envia {gift}{times} para {creator}.</translation>
    </message>
    <message>
        <source>You have {coins} now.</source>
        <translation>Agora você tem {coins}.</translation>
    </message>
    <message>
        <source>Those coins cost you {paid}; {creator} received {diamonds} ({value}).</source>
        <translation>Essas moedas custaram {paid} para você; {creator} recebeu {diamonds} ({value}).</translation>
    </message>
    <message>
        <source>Send this gift?</source>
        <translation>Enviar este presente?</translation>
    </message>
    <message>
        <source>Send {gift}{times} to {creator} for {coins}?</source>
        <translation>Enviar {gift}{times} para {creator} por {coins}?</translation>
    </message>
    <message>
        <source>Gift refused</source>
        <translation>Presente recusado</translation>
    </message>
    <message>
        <source>Sent {gift}{times} to {creator}.</source>
        <translation>{gift}{times} enviado para {creator}.</translation>
    </message>
    <message>
        <source>Not enough coins</source>
        <translation>Moedas insuficientes</translation>
    </message>
    <message>
        <source>{gift} costs {needed} and you have {balance}. Recharge the {missing} you are missing?</source>
        <translation>{gift} custa {needed} e você tem {balance}. Recarregar as {missing} que faltam?</translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation>Não é possível desfazer</translation>
    </message>
    <message>
        <source>Undone: {coins} back in your wallet.</source>
        <translation>Desfeito: {coins} de volta na sua carteira.</translation>
    </message>
</context>
<context>
    <name>GoLiveBox</name>
    <message>
        <source>Your LIVE</source>
        <translation>Sua LIVE</translation>
    </message>
    <message>
        <source>LIVE title</source>
        <translation>Título da LIVE</translation>
    </message>
    <message>
        <source>No goal</source>
        <translation>Sem meta</translation>
    </message>
    <message>
        <source>Goal in diamonds (optional)</source>
        <translation>Meta em diamantes (opcional)</translation>
    </message>
    <message>
        <source>Go LIVE</source>
        <translation>Começar LIVE</translation>
    </message>
    <message>
        <source>End LIVE</source>
        <translation>Encerrar LIVE</translation>
    </message>
    <message>
        <source>LIVE status</source>
        <translation>Status da LIVE</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>Títul&amp;o:</translation>
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
        <translation>Escreva a meta em diamantes inteiros ou deixe-a vazia.</translation>
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
        <translation>Escolha um perfil</translation>
    </message>
    <message>
        <source>New profile...</source>
        <translation>Novo perfil...</translation>
    </message>
    <message>
        <source>Coin balance</source>
        <translation>Saldo de moedas</translation>
    </message>
    <message>
        <source>Diamond balance</source>
        <translation>Saldo de diamantes</translation>
    </message>
    <message>
        <source>Budget left today</source>
        <translation>Orçamento restante hoje</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Perfil:</translation>
    </message>
    <message>
        <source>Locked: choose a profile and type its password</source>
        <translation>Bloqueado: escolha um perfil e digite a senha dele</translation>
    </message>
    <message>
        <source>No profile yet</source>
        <translation>Ainda não há perfil</translation>
    </message>
    <message>
        <source>&lt;b&gt;{coins}&lt;/b&gt; coins</source>
        <translation>&lt;b&gt;{coins}&lt;/b&gt; moedas</translation>
    </message>
    <message>
        <source>&lt;b&gt;{diamonds}&lt;/b&gt; diamonds ({value})</source>
        <translation>&lt;b&gt;{diamonds}&lt;/b&gt; diamantes ({value})</translation>
    </message>
    <message>
        <source>No spending budget</source>
        <translation>Sem orçamento de gastos</translation>
    </message>
    <message>
        <source>Budget left today: &lt;b&gt;{coins}&lt;/b&gt;</source>
        <translation>Orçamento restante hoje: &lt;b&gt;{coins}&lt;/b&gt;</translation>
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
        <translation>loja de apps</translation>
    </message>
    <message>
        <source>card</source>
        <translation>cartão</translation>
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
        <translation>Enviou {gift} x{count} para {other} ({where})</translation>
    </message>
    <message>
        <source>Received {gift} x{count} from {other} ({where})</source>
        <translation>Recebeu {gift} x{count} de {other} ({where})</translation>
    </message>
    <message>
        <source>Undid {gift} x{count} to {other}</source>
        <translation>Desfez {gift} x{count} para {other}</translation>
    </message>
    <message>
        <source>{other} undid {gift} x{count}</source>
        <translation>{other} desfez {gift} x{count}</translation>
    </message>
    <message>
        <source> + {bonus} bonus</source>
        <translation> + {bonus} de bônus</translation>
    </message>
    <message>
        <source>Bought {coins}{bonus} for {price} ({channel}, {method})</source>
        <translation>Comprou {coins}{bonus} por {price} ({channel}, {method})</translation>
    </message>
    <message>
        <source>Requested payout of {diamonds} diamonds ({amount})</source>
        <translation>Saque solicitado de {diamonds} diamantes ({amount})</translation>
    </message>
    <message>
        <source>Payout of {amount} paid</source>
        <translation>Saque de {amount} pago</translation>
    </message>
    <message>
        <source>Payout of {amount} failed; diamonds returned</source>
        <translation>Saque de {amount} com falha; diamantes devolvidos</translation>
    </message>
</context>
<context>
    <name>JobProgressDialog</name>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
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
        <translation>O GiftDesk falará {language} na próxima vez que for iniciado.</translation>
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
        <translation>Dias exibidos</translation>
    </message>
    <message>
        <source>Top supporters</source>
        <translation>Maiores apoiadores</translation>
    </message>
    <message>
        <source>Every gift so far</source>
        <translation>Todos os presentes até agora</translation>
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
        <translation>ddd, d &apos;de&apos; MMM</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <translation>ddd, d &apos;de&apos; MMM &apos;de&apos; yyyy</translation>
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
        <translation>Apoiador</translation>
    </message>
    <message>
        <source>Coins</source>
        <translation>Moedas</translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation>Presentes</translation>
    </message>
</context>
<context>
    <name>LiveFeedModel</name>
    <message>
        <source>Gifter</source>
        <translation>Apoiador</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>Presente</translation>
    </message>
    <message>
        <source>Coins</source>
        <translation>Moedas</translation>
    </message>
</context>
<context>
    <name>LiveHistoryModel</name>
    <message>
        <source>On air now</source>
        <translation>No ar agora</translation>
    </message>
    <message>
        <source>No goal</source>
        <translation>Sem meta</translation>
    </message>
    <message>
        <source>{goal}: reached</source>
        <translation>{goal}: atingida</translation>
    </message>
    <message>
        <source>{goal}: {percent}% so far</source>
        <translation>{goal}: {percent}% até agora</translation>
    </message>
    <message>
        <source>{goal}: not reached</source>
        <translation>{goal}: não atingida</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>On air</source>
        <translation>No ar</translation>
    </message>
    <message>
        <source>Diamonds</source>
        <translation>Diamantes</translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation>Presentes</translation>
    </message>
    <message>
        <source>Gifters</source>
        <translation>Apoiadores</translation>
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
        <translation>Suas LIVEs</translation>
    </message>
    <message>
        <source>You have not been LIVE yet. Each LIVE you go on is listed here with its figures, newest first.</source>
        <translation>Você ainda não fez nenhuma LIVE. Cada LIVE que você fizer aparece aqui com os números dela, da mais recente à mais antiga.</translation>
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
        <translation>Apoiador</translation>
    </message>
    <message>
        <source>Coins</source>
        <translation>Moedas</translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation>Presentes</translation>
    </message>
</context>
<context>
    <name>LiveTab</name>
    <message>
        <source>Choose a LIVE from “LIVE now” to join its room.</source>
        <translation>Escolha uma LIVE em “LIVE agora” para entrar na sala dela.</translation>
    </message>
    <message>
        <source>You are LIVE: {title}</source>
        <translation>Você está em LIVE: {title}</translation>
    </message>
    <message>
        <source>End LIVE</source>
        <translation>Encerrar LIVE</translation>
    </message>
    <message>
        <source>End your LIVE now? Viewers can no longer send to it.</source>
        <translation>Encerrar sua LIVE agora? Os espectadores não poderão mais enviar presentes para ela.</translation>
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
        <translation>Abrindo sua carteira...</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Seções</translation>
    </message>
    <message>
        <source>&amp;Recharge</source>
        <translation>&amp;Recarregar</translation>
    </message>
    <message>
        <source>&amp;Gifts</source>
        <translation>Pre&amp;sentes</translation>
    </message>
    <message>
        <source>&amp;Earnings</source>
        <translation>&amp;Ganhos</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation>A&amp;tividade</translation>
    </message>
    <message>
        <source>Spe&amp;nding</source>
        <translation>Gastos me&amp;nsais</translation>
    </message>
    <message>
        <source>&amp;LIVE</source>
        <translation>&amp;LIVE</translation>
    </message>
    <message>
        <source>The disk holding this database is full: you can look around and back up to another disk, but nothing can be bought, sent or paid out until there is space again.</source>
        <translation>O disco deste banco de dados está cheio: você pode olhar e fazer backup em outro disco, mas nada pode ser comprado, enviado ou sacado até haver espaço de novo.</translation>
    </message>
    <message>
        <source>This database is read-only: you can look around, but nothing can be bought, sent or paid out.</source>
        <translation>Este banco de dados é somente leitura: você pode olhar, mas nada pode ser comprado, enviado ou sacado.</translation>
    </message>
    <message>
        <source>The ledger failed these checks: {names}. Use File &gt; Verify Ledger for details, and restore a backup if you have one.</source>
        <translation>O livro-razão falhou nestas verificações: {names}. Use Arquivo &gt; Verificar livro-razão para ver os detalhes e restaure um backup, se tiver um.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;New Profile...</source>
        <translation>&amp;Novo perfil...</translation>
    </message>
    <message>
        <source>&amp;Back Up Database...</source>
        <translation>Fazer &amp;backup do banco de dados...</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup...</source>
        <translation>&amp;Restaurar de um backup...</translation>
    </message>
    <message>
        <source>&amp;Export Activity as CSV...</source>
        <translation>&amp;Exportar atividade como CSV...</translation>
    </message>
    <message>
        <source>Monthly &amp;Statement...</source>
        <translation>Extrato &amp;mensal...</translation>
    </message>
    <message>
        <source>Export for &amp;hledger...</source>
        <translation>Exportar para &amp;hledger...</translation>
    </message>
    <message>
        <source>Export for Bean&amp;count...</source>
        <translation>Exportar para Bean&amp;count...</translation>
    </message>
    <message>
        <source>&amp;Verify Ledger</source>
        <translation>&amp;Verificar livro-razão</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Atualizar</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Perfil</translation>
    </message>
    <message>
        <source>&amp;Security and budget...</source>
        <translation>&amp;Segurança e orçamento...</translation>
    </message>
    <message>
        <source>&amp;Lock Profile</source>
        <translation>&amp;Bloquear perfil</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About GiftDesk</source>
        <translation>&amp;Sobre o GiftDesk</translation>
    </message>
    <message>
        <source>&amp;Earnings ({count} new)</source>
        <translation>&amp;Ganhos ({count} novos)</translation>
    </message>
    <message>
        <source>Still stopping; close again in a moment.</source>
        <translation>Ainda parando; feche de novo em instantes.</translation>
    </message>
</context>
<context>
    <name>MonthSpendingModel</name>
    <message>
        <source>Month</source>
        <translation>Mês</translation>
    </message>
    <message>
        <source>Cost you</source>
        <translation>Custo</translation>
    </message>
    <message>
        <source>Creators</source>
        <translation>Criadores</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>App store</source>
        <translation>Loja de apps</translation>
    </message>
    <message>
        <source>Coins</source>
        <translation>Moedas</translation>
    </message>
</context>
<context>
    <name>OnAirBox</name>
    <message>
        <source>LIVE now</source>
        <translation>LIVE agora</translation>
    </message>
    <message>
        <source>Nobody is LIVE now. Rooms show here as creators go LIVE.</source>
        <translation>Ninguém está em LIVE agora. As salas aparecem aqui quando os criadores começam uma LIVE.</translation>
    </message>
    <message>
        <source>Nobody else is LIVE now.</source>
        <translation>Ninguém mais está em LIVE agora.</translation>
    </message>
</context>
<context>
    <name>OnAirModel</name>
    <message>
        <source>Creator</source>
        <translation>Criador</translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation>LIVE</translation>
    </message>
    <message>
        <source>Gifters</source>
        <translation>Apoiadores</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>The ledger is on {server}.</source>
        <translation>O livro-razão está em {server}.</translation>
    </message>
    <message>
        <source>About GiftDesk</source>
        <translation>Sobre o GiftDesk</translation>
    </message>
    <message>
        <source>GiftDesk {version}

A desktop wallet for a virtual gift economy, with a double-entry ledger you can verify.

Rules {rules}
Python {python}, Qt {qt}, PySide6 {pyside}, SQLite {sqlite}</source>
        <translation>GiftDesk {version}

Uma carteira para desktop para uma economia de presentes virtuais, com um livro-razão de partidas dobradas que você pode verificar.

Regras {rules}
Python {python}, Qt {qt}, PySide6 {pyside}, SQLite {sqlite}</translation>
    </message>
    <message>
        <source>Back up database</source>
        <translation>Backup do banco de dados</translation>
    </message>
    <message>
        <source>SQLite database (*.sqlite3 *.db)</source>
        <translation>Banco de dados SQLite (*.sqlite3 *.db)</translation>
    </message>
    <message>
        <source>Saved a verified copy to {path} ({count} checks passed).</source>
        <translation>Uma cópia verificada foi salva em {path} ({count} verificações aprovadas).</translation>
    </message>
    <message>
        <source>Backup done</source>
        <translation>Backup concluído</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Falha no backup</translation>
    </message>
    <message>
        <source>Backup cancelled</source>
        <translation>Backup cancelado</translation>
    </message>
    <message>
        <source>Copying the database… {percent}%</source>
        <translation>Copiando o banco de dados… {percent}%</translation>
    </message>
    <message>
        <source>Checking the copy: {name} ({number} of {total})…</source>
        <translation>Verificando a cópia: {name} ({number} de {total})…</translation>
    </message>
    <message>
        <source>Export activity</source>
        <translation>Exportar atividade</translation>
    </message>
    <message>
        <source>The Activity tab shows only the transactions its filter lets through ({filter}). Export those, or the whole history?</source>
        <translation>A aba Atividade mostra só as transações que o filtro deixa passar ({filter}). Exportar essas ou todo o histórico?</translation>
    </message>
    <message>
        <source>What is shown</source>
        <translation>O que é exibido</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Tudo</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting {done} of {total} rows…</source>
        <translation>Exportando {done} de {total} linhas…</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Falha na exportação</translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>Exportação cancelada</translation>
    </message>
    <message>
        <source>Could not save {path}: {reason}.</source>
        <translation>Não foi possível salvar {path}: {reason}.</translation>
    </message>
    <message>
        <source>Wrote 1 transaction to {path}.</source>
        <translation>1 transação gravada em {path}.</translation>
    </message>
    <message>
        <source>Wrote {count} transactions to {path}.</source>
        <translation>{count} transações gravadas em {path}.</translation>
    </message>
    <message>
        <source>Export done</source>
        <translation>Exportação concluída</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurar de um backup</translation>
    </message>
    <message>
        <source>This database is read-only: nothing can be restored into it.</source>
        <translation>Este banco de dados é somente leitura: nada pode ser restaurado nele.</translation>
    </message>
    <message>
        <source>SQLite database (*.sqlite3 *.db);;All files (*)</source>
        <translation>Banco de dados SQLite (*.sqlite3 *.db);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Checking the backup: {name} ({number} of {total})…</source>
        <translation>Verificando o backup: {name} ({number} de {total})…</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Falha na restauração</translation>
    </message>
    <message>
        <source>Restore cancelled</source>
        <translation>Restauração cancelada</translation>
    </message>
    <message>
        <source>Restoring replaces {name}&apos;s profile</source>
        <translation>Restaurar substitui o perfil de {name}</translation>
    </message>
    <message>
        <source> What was here before is kept in {path}.</source>
        <translation> O que havia antes fica guardado em {path}.</translation>
    </message>
    <message>
        <source>Restore done</source>
        <translation>Restauração concluída</translation>
    </message>
    <message>
        <source>Restored the backup {source}.</source>
        <translation>O backup {source} foi restaurado.</translation>
    </message>
    <message>
        <source>the newest from {when}</source>
        <translation>a mais recente de {when}</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>nenhuma ainda</translation>
    </message>
    <message>
        <source>1 profile</source>
        <translation>1 perfil</translation>
    </message>
    <message>
        <source>{n} profiles</source>
        <translation>{n} perfis</translation>
    </message>
    <message>
        <source>1 transaction</source>
        <translation>1 transação</translation>
    </message>
    <message>
        <source>{n} transactions</source>
        <translation>{n} transações</translation>
    </message>
    <message>
        <source>Replace everything in this wallet with the backup {source}?

It passed all {count} checks and holds {profiles} and {transactions} ({newest}). Every profile, balance and transaction here now is replaced by the backup&apos;s.

What is here now is kept in a file beside the database, so this can be undone.</source>
        <translation>Substituir tudo nesta carteira pelo backup {source}?

Ele passou em todas as {count} verificações e contém {profiles} e {transactions} ({newest}). Todo perfil, saldo e transação daqui é substituído pelos do backup.

O que existe agora fica guardado em um arquivo ao lado do banco de dados, então isso pode ser desfeito.</translation>
    </message>
    <message>
        <source>Money that already moved after the backup was made stays as it is here:</source>
        <translation>O dinheiro que já se moveu depois que o backup foi feito fica como está aqui:</translation>
    </message>
    <message>
        <source>and {n} more, listed in Activity after the restore</source>
        <translation>e mais {n}, listados em Atividade após a restauração</translation>
    </message>
    <message>
        <source>purchase {reference}: {profile} bought {coins} for {price}</source>
        <translation>compra {reference}: {profile} comprou {coins} por {price}</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendente</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>pago</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>com falha</translation>
    </message>
    <message>
        <source>payout {reference}: {amount} to {profile}, {status}</source>
        <translation>saque {reference}: {amount} para {profile}, {status}</translation>
    </message>
    <message>
        <source>Verify ledger</source>
        <translation>Verificar o livro-razão</translation>
    </message>
    <message>
        <source>Check {number} of {total}: {name}…</source>
        <translation>Verificação {number} de {total}: {name}…</translation>
    </message>
    <message>
        <source>Verification failed</source>
        <translation>Falha na verificação</translation>
    </message>
    <message>
        <source>Verification cancelled</source>
        <translation>Verificação cancelada</translation>
    </message>
    <message>
        <source>Ledger problems</source>
        <translation>Problemas no livro-razão</translation>
    </message>
    <message>
        <source>Ledger verified</source>
        <translation>Livro-razão verificado</translation>
    </message>
    <message>
        <source>All {count} checks passed.</source>
        <translation>Todas as {count} verificações foram aprovadas.</translation>
    </message>
    <message>
        <source>hledger journals (*.journal *.hledger)</source>
        <translation>Diários do hledger (*.journal *.hledger)</translation>
    </message>
    <message>
        <source>Beancount files (*.beancount *.bean)</source>
        <translation>Arquivos do Beancount (*.beancount *.bean)</translation>
    </message>
    <message>
        <source>Export for {format}</source>
        <translation>Exportar para {format}</translation>
    </message>
    <message>
        <source>Writing the journal…</source>
        <translation>Gravando o diário…</translation>
    </message>
    <message>
        <source>Wrote 1 transaction as a {format} journal to {path}.</source>
        <translation>1 transação gravada como diário {format} em {path}.</translation>
    </message>
    <message>
        <source>Wrote {count} transactions as a {format} journal to {path}.</source>
        <translation>{count} transações gravadas como diário {format} em {path}.</translation>
    </message>
    <message>
        <source>Monthly statement</source>
        <translation>Extrato mensal</translation>
    </message>
    <message>
        <source>The month of {name}&apos;s statement (in {name}&apos;s time zone):</source>
        <translation>O mês do extrato de {name} (no fuso horário de {name}):</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Reading the month…</source>
        <translation>Lendo o mês…</translation>
    </message>
    <message>
        <source>Statement failed</source>
        <translation>Falha no extrato</translation>
    </message>
    <message>
        <source>Statement cancelled</source>
        <translation>Extrato cancelado</translation>
    </message>
    <message>
        <source>Statement saved</source>
        <translation>Extrato salvo</translation>
    </message>
    <message>
        <source>Saved {name}&apos;s statement for {month} to {path}.</source>
        <translation>Extrato de {name} de {month} salvo em {path}.</translation>
    </message>
</context>
<context>
    <name>PackageBox</name>
    <message>
        <source>2. How many coins</source>
        <translation>2. Quantas moedas</translation>
    </message>
    <message>
        <source>Custom amount</source>
        <translation>Quantia personalizada</translation>
    </message>
    <message>
        <source>{low} to {high} coins</source>
        <translation>De {low} a {high} moedas</translation>
    </message>
    <message>
        <source>Custom amount in coins</source>
        <translation>Quantia personalizada em moedas</translation>
    </message>
    <message>
        <source>C&amp;ustom amount:</source>
        <translation>&amp;Quantia personalizada:</translation>
    </message>
    <message>
        <source>The price per coin is about the same in every package: bigger bundles do not save money.</source>
        <translation>O preço por moeda é quase o mesmo em todos os pacotes: pacotes maiores não economizam dinheiro.</translation>
    </message>
    <message>
        <source>Web: {price}
{saving} less there</source>
        <translation>Web: {price}
{saving} a menos lá</translation>
    </message>
    <message>
        <source>App: {price}
you save {saving}</source>
        <translation>App: {price}
economiza {saving}</translation>
    </message>
    <message>
        <source>{price} / 100 coins</source>
        <translation>{price} / 100 moedas</translation>
    </message>
    <message>
        <source>Custom
amount
(web only)</source>
        <translation>Quantia
personalizada
(só web)</translation>
    </message>
    <message>
        <source>{price} on the web, {saving} less there</source>
        <translation>{price} na web, {saving} a menos lá</translation>
    </message>
    <message>
        <source>{price} in the app, so you save {saving}</source>
        <translation>{price} no app, então você economiza {saving}</translation>
    </message>
    <message>
        <source>{coins} for {price}, {per_100} per 100 coins; {other}</source>
        <translation>{coins} por {price}, {per_100} por 100 moedas; {other}</translation>
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
        <translation>Senha</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Senha atual</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nova senha</translation>
    </message>
    <message>
        <source>{low} to {high} characters</source>
        <translation>De {low} a {high} caracteres</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>Repita a nova senha</translation>
    </message>
    <message>
        <source>Remove password</source>
        <translation>Remover a senha</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>Senha atual:</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>Nova senha:</translation>
    </message>
    <message>
        <source>Repeat new password:</source>
        <translation>Repita a nova senha:</translation>
    </message>
    <message>
        <source>{name} has a password: the window asks for it before showing this profile, and before any change on this page.</source>
        <translation>{name} tem senha: a janela pede a senha antes de mostrar este perfil e antes de qualquer alteração nesta página.</translation>
    </message>
    <message>
        <source>No password: anyone using this computer can open {name}. With one, GiftDesk asks for it whenever the window switches to this profile.</source>
        <translation>Sem senha: qualquer pessoa que use este computador pode abrir {name}. Com uma, o GiftDesk a pede sempre que a janela muda para este perfil.</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Alterar a senha</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Definir senha</translation>
    </message>
    <message>
        <source>The two new passwords differ: type them again.</source>
        <translation>As duas novas senhas são diferentes: digite-as de novo.</translation>
    </message>
    <message>
        <source>Password not changed</source>
        <translation>Senha não alterada</translation>
    </message>
    <message>
        <source>Password saved. GiftDesk will ask for it when the window switches to this profile.</source>
        <translation>Senha salva. O GiftDesk vai pedi-la quando a janela mudar para este perfil.</translation>
    </message>
    <message>
        <source>Password not removed</source>
        <translation>Senha não removida</translation>
    </message>
</context>
<context>
    <name>PayoutsModel</name>
    <message>
        <source>Pending</source>
        <translation>Pendente</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Com falha</translation>
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
        <translation>Valor</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>PeriodDiamondsModel</name>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Diamonds</source>
        <translation>Diamantes</translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation>Presentes</translation>
    </message>
</context>
<context>
    <name>PeriodSwitch</name>
    <message>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mês</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Este ano</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Todo o período</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Peri&amp;od:</source>
        <translation>Perío&amp;do:</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Welcome to GiftDesk</source>
        <translation>Boas-vindas ao GiftDesk</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Novo perfil</translation>
    </message>
    <message>
        <source>&lt;b&gt;Welcome!&lt;/b&gt; GiftDesk shows what coins really cost and what creators really receive, before you pay. Start by creating your profile.</source>
        <translation>&lt;b&gt;Boas-vindas!&lt;/b&gt; O GiftDesk mostra quanto as moedas custam de verdade e quanto os criadores recebem de verdade, antes de você pagar. Comece criando seu perfil.</translation>
    </message>
    <message>
        <source>Create another viewer or creator profile.</source>
        <translation>Crie outro perfil de espectador ou de criador.</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nome do perfil</translation>
    </message>
    <message>
        <source>Birthdate</source>
        <translation>Data de nascimento</translation>
    </message>
    <message>
        <source>Viewer: buy coins and send gifts</source>
        <translation>Espectador: compra moedas e envia presentes</translation>
    </message>
    <message>
        <source>Creator: also receive gifts and cash out (18+)</source>
        <translation>Criador: também recebe presentes e saca dinheiro (18+)</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuso horário</translation>
    </message>
    <message>
        <source>The profile&apos;s budget days and age are counted in this zone, whatever the computer is set to later. Changing it needs the profile&apos;s password.</source>
        <translation>Os dias de orçamento e a idade do perfil são contados neste fuso, mesmo que o computador mude depois. Alterá-lo exige a senha do perfil.</translation>
    </message>
    <message>
        <source>Add a demo economy to explore (three creators, fans and a funded Demo Viewer)</source>
        <translation>Adicionar uma economia de demonstração para explorar (três criadores, fãs e um Demo Viewer com saldo)</translation>
    </message>
    <message>
        <source>Buying and sending gifts needs age {age} or older; anyone can browse.</source>
        <translation>Comprar e enviar presentes exige ter {age} anos ou mais; qualquer pessoa pode navegar.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>Birthdate:</source>
        <translation>Nascimento:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Fuso horário:</translation>
    </message>
    <message>
        <source>Create profile</source>
        <translation>Criar perfil</translation>
    </message>
    <message>
        <source>Restore a backup...</source>
        <translation>Restaurar um backup...</translation>
    </message>
</context>
<context>
    <name>ProfileSwitcher</name>
    <message>
        <source> (creator)</source>
        <translation> (criador)</translation>
    </message>
    <message>
        <source>{name} is locked</source>
        <translation>{name} está bloqueado</translation>
    </message>
    <message>
        <source>Password for {name}:</source>
        <translation>Senha de {name}:</translation>
    </message>
    <message>
        <source>Not unlocked</source>
        <translation>Não desbloqueado</translation>
    </message>
    <message>
        <source>Lock profile</source>
        <translation>Bloquear perfil</translation>
    </message>
    <message>
        <source>This profile has no password to lock it with. Set one in Profile &gt; Security and budget.</source>
        <translation>Este perfil não tem senha para ser bloqueado. Defina uma em Perfil &gt; Segurança e orçamento.</translation>
    </message>
</context>
<context>
    <name>QuoteBox</name>
    <message>
        <source>Cheapest way to N coins</source>
        <translation>O jeito mais barato de ter N moedas</translation>
    </message>
    <message>
        <source>Coins wanted</source>
        <translation>Moedas desejadas</translation>
    </message>
    <message>
        <source>Find cheapest</source>
        <translation>Achar o mais barato</translation>
    </message>
    <message>
        <source>Type how many coins you need: GiftDesk finds the cheapest mix of packages and a custom amount, on either channel.</source>
        <translation>Digite quantas moedas você precisa: o GiftDesk encontra a combinação mais barata de pacotes e uma quantia personalizada, em qualquer canal.</translation>
    </message>
    <message>
        <source>Cheapest way</source>
        <translation>O mais barato</translation>
    </message>
    <message>
        <source>e.g. {coins}</source>
        <translation>p. ex. {coins}</translation>
    </message>
    <message>
        <source>Type how many coins you need (at least 1).</source>
        <translation>Digite quantas moedas você precisa (pelo menos 1).</translation>
    </message>
    <message>
        <source>&lt;b&gt;{price}&lt;/b&gt; on the {channel} channel for {coins}:</source>
        <translation>&lt;b&gt;{price}&lt;/b&gt; no canal {channel} por {coins}:</translation>
    </message>
    <message>
        <source>{count} x {coins}-coin custom amount at {price}</source>
        <translation>{count} x quantia personalizada de {coins} moedas a {price}</translation>
    </message>
    <message>
        <source>{count} x {coins}-coin package at {price}</source>
        <translation>{count} x pacote de {coins} moedas a {price}</translation>
    </message>
    <message>
        <source>The app channel would cost {price}.</source>
        <translation>O canal app custaria {price}.</translation>
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
        <translation>Seu recibo aparece aqui depois de pagar.</translation>
    </message>
    <message>
        <source>{brand} ending {last4}</source>
        <translation>{brand} final {last4}</translation>
    </message>
    <message>
        <source>&lt;br&gt;Bonus: {coins}</source>
        <translation>&lt;br&gt;Bônus: {coins}</translation>
    </message>
    <message>
        <source>&lt;br&gt;App-store fee inside the price: {fee}</source>
        <translation>&lt;br&gt;Taxa da loja de apps incluída no preço: {fee}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Receipt {transaction}&lt;/b&gt;&lt;br&gt;{profile} bought {coins} on the {channel} channel.{bonus}&lt;br&gt;Paid: &lt;b&gt;{price}&lt;/b&gt; with {paid_with}{fee}&lt;br&gt;New balance: &lt;b&gt;{balance}&lt;/b&gt;&lt;br&gt;Payment reference: {reference}</source>
        <translation>&lt;b&gt;Recibo {transaction}&lt;/b&gt;&lt;br&gt;{profile} comprou {coins} no canal {channel}.{bonus}&lt;br&gt;Pago: &lt;b&gt;{price}&lt;/b&gt; com {paid_with}{fee}&lt;br&gt;Novo saldo: &lt;b&gt;{balance}&lt;/b&gt;&lt;br&gt;Referência de pagamento: {reference}</translation>
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
        <translation>Quando</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>Presente</translation>
    </message>
    <message>
        <source>Coins</source>
        <translation>Moedas</translation>
    </message>
    <message>
        <source>Diamonds</source>
        <translation>Diamantes</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Onde</translation>
    </message>
</context>
<context>
    <name>RechargeTab</name>
    <message>
        <source>App store</source>
        <translation>Loja de apps</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Cartão</translation>
    </message>
    <message>
        <source>PayPal</source>
        <translation>PayPal</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Forma de pagamento</translation>
    </message>
    <message>
        <source>Purchase summary</source>
        <translation>Resumo da compra</translation>
    </message>
    <message>
        <source>Buy coins</source>
        <translation>Comprar moedas</translation>
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
        <translation>Cartão:</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Recibo</translation>
    </message>
    <message>
        <source>Sandbox payments: no real money moves.</source>
        <translation>Pagamentos de sandbox: nenhum dinheiro real é movimentado.</translation>
    </message>
    <message>
        <source>GiftDesk keeps only the card brand and last four digits.</source>
        <translation>O GiftDesk guarda só a bandeira do cartão e os quatro últimos dígitos.</translation>
    </message>
    <message>
        <source>Type a custom amount.</source>
        <translation>Digite uma quantia personalizada.</translation>
    </message>
    <message>
        <source>{coins} first-purchase bonus</source>
        <translation>{coins} de bônus de primeira compra</translation>
    </message>
    <message>
        <source>{coins} {promotions} bonus</source>
        <translation>{coins} de bônus {promotions}</translation>
    </message>
    <message>
        <source> (the app store keeps {fee})</source>
        <translation> (a loja de apps fica com {fee})</translation>
    </message>
    <message>
        <source>{coins}{bonus} = &lt;b&gt;{total}&lt;/b&gt;</source>
        <translation>{coins}{bonus} = &lt;b&gt;{total}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>You pay &lt;b&gt;{price}&lt;/b&gt;{fee}. You get {got}.</source>
        <translation>Você paga &lt;b&gt;{price}&lt;/b&gt;{fee}. Você recebe {got}.</translation>
    </message>
    <message>
        <source>Above your two-step threshold: you will be asked for a code.</source>
        <translation>Acima do seu limite de duas etapas: um código será pedido.</translation>
    </message>
    <message>
        <source>Purchase refused</source>
        <translation>Compra recusada</translation>
    </message>
    <message>
        <source>Two-step check</source>
        <translation>Verificação em duas etapas</translation>
    </message>
    <message>
        <source>This purchase ({price}) is above your two-step threshold. Enter the 6-digit code from your authenticator app:</source>
        <translation>Esta compra ({price}) está acima do seu limite de duas etapas. Digite o código de 6 dígitos do seu app autenticador:</translation>
    </message>
</context>
<context>
    <name>Room</name>
    <message>
        <source>Time on air</source>
        <translation>Tempo no ar</translation>
    </message>
    <message>
        <source>Diamonds this LIVE</source>
        <translation>Diamantes desta LIVE</translation>
    </message>
    <message>
        <source>Gifts this LIVE</source>
        <translation>Presentes desta LIVE</translation>
    </message>
    <message>
        <source>Gifters</source>
        <translation>Apoiadores</translation>
    </message>
    <message>
        <source>Your place</source>
        <translation>Sua posição</translation>
    </message>
    <message>
        <source>Goal progress</source>
        <translation>Progresso da meta</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Gift feed</source>
        <translation>Feed de presentes</translation>
    </message>
    <message>
        <source>Latest gift</source>
        <translation>Último presente</translation>
    </message>
    <message>
        <source>Viewer ranking</source>
        <translation>Ranking de espectadores</translation>
    </message>
    <message>
        <source>No gifts yet: they show here as they arrive.</source>
        <translation>Ainda não há presentes: eles aparecem aqui conforme chegam.</translation>
    </message>
    <message>
        <source>No gifters yet.</source>
        <translation>Ainda não há apoiadores.</translation>
    </message>
    <message>
        <source>{sender} sent {gift}{times}</source>
        <translation>{sender} enviou {gift}{times}</translation>
    </message>
    <message>
        <source> (and {count} more)</source>
        <translation> (e mais {count})</translation>
    </message>
    <message>
        <source>Gifts play here as they arrive.</source>
        <translation>Os presentes são exibidos aqui quando chegam.</translation>
    </message>
    <message>
        <source>This LIVE has ended.</source>
        <translation>Esta LIVE terminou.</translation>
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
        <translation>&lt;b&gt;1&lt;/b&gt; presente</translation>
    </message>
    <message>
        <source>&lt;b&gt;{gifts}&lt;/b&gt; gifts</source>
        <translation>&lt;b&gt;{gifts}&lt;/b&gt; presentes</translation>
    </message>
    <message>
        <source>&lt;b&gt;1&lt;/b&gt; gifter</source>
        <translation>&lt;b&gt;1&lt;/b&gt; apoiador</translation>
    </message>
    <message>
        <source>&lt;b&gt;{gifters}&lt;/b&gt; gifters</source>
        <translation>&lt;b&gt;{gifters}&lt;/b&gt; apoiadores</translation>
    </message>
    <message>
        <source>No goal for this LIVE</source>
        <translation>Sem meta para esta LIVE</translation>
    </message>
    <message>
        <source>Goal: {diamonds} of {goal}</source>
        <translation>Meta: {diamonds} de {goal}</translation>
    </message>
    <message>
        <source>(reached)</source>
        <translation>(atingida)</translation>
    </message>
    <message>
        <source>Send a gift to join the ranking</source>
        <translation>Envie um presente para entrar no ranking</translation>
    </message>
    <message>
        <source>You are &lt;b&gt;#{place}&lt;/b&gt; with {coins}</source>
        <translation>Sua posição: &lt;b&gt;#{place}&lt;/b&gt; com {coins}</translation>
    </message>
    <message>
        <source>On air {time}</source>
        <translation>No ar: {time}</translation>
    </message>
    <message>
        <source>Was on air {time}</source>
        <translation>Ficou no ar: {time}</translation>
    </message>
</context>
<context>
    <name>SecurityDialog</name>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>Enter the profile&apos;s password to {doing}:</source>
        <translation>Digite a senha do perfil para {doing}:</translation>
    </message>
    <message>
        <source>Two-step check</source>
        <translation>Verificação em duas etapas</translation>
    </message>
    <message>
        <source>Enter the 6-digit code from your authenticator app to {doing}:</source>
        <translation>Digite o código de 6 dígitos do seu app autenticador para {doing}:</translation>
    </message>
    <message>
        <source>Security and budget: {name}</source>
        <translation>Segurança e orçamento: {name}</translation>
    </message>
</context>
<context>
    <name>SendBar</name>
    <message>
        <source>Send gift</source>
        <translation>Enviar presente</translation>
    </message>
    <message>
        <source>Send gift (Ctrl+Enter)</source>
        <translation>Enviar presente (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <source>Undo last gift</source>
        <translation>Desfazer o último presente</translation>
    </message>
    <message>
        <source>Undo the last gift (Ctrl+Z)</source>
        <translation>Desfazer o último presente (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo ({seconds} s)</source>
        <translation>Desfazer ({seconds} s)</translation>
    </message>
    <message>
        <source>Undo {gift} to {creator}, {seconds} seconds left</source>
        <translation>Desfazer {gift} para {creator}, restam {seconds} segundos</translation>
    </message>
</context>
<context>
    <name>SpendingChartBox</name>
    <message>
        <source>Money spent per month</source>
        <translation>Dinheiro gasto por mês</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabela</translation>
    </message>
    <message>
        <source>Show the months as a table</source>
        <translation>Mostrar os meses como tabela</translation>
    </message>
    <message>
        <source>Chart legend</source>
        <translation>Legenda do gráfico</translation>
    </message>
    <message>
        <source>Spending chart</source>
        <translation>Gráfico de gastos</translation>
    </message>
    <message>
        <source>Chosen month</source>
        <translation>Mês escolhido</translation>
    </message>
    <message>
        <source>No gifts sent in these 12 months: what they cost and where the money went will show here.</source>
        <translation>Nenhum presente enviado nestes 12 meses: aqui vão aparecer quanto custaram e para onde foi o dinheiro.</translation>
    </message>
    <message>
        <source>Dashed line: your monthly budget of {coins}, about {price} at web prices.</source>
        <translation>Linha tracejada: seu orçamento mensal de {coins}, cerca de {price} a preços da web.</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <translation>MMM &apos;de&apos; yyyy</translation>
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
        <translation>{month}: nenhum presente</translation>
    </message>
    <message>
        <source>{month}: {paid} ({coins}): creators {creator}, the platform {platform}, the app store {store}</source>
        <translation>{month}: {paid} ({coins}): criadores {creator}, a plataforma {platform}, a loja de apps {store}</translation>
    </message>
    <message>
        <source>Creators</source>
        <translation>Criadores</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>App store</source>
        <translation>Loja de apps</translation>
    </message>
</context>
<context>
    <name>SpendingTab</name>
    <message>
        <source>Coins not yet spent</source>
        <translation>Moedas ainda não gastas</translation>
    </message>
    <message>
        <source>Spending by creator</source>
        <translation>Gastos por criador</translation>
    </message>
    <message>
        <source>By creator</source>
        <translation>Por criador</translation>
    </message>
    <message>
        <source>Choose a profile to see its spending.</source>
        <translation>Escolha um perfil para ver os gastos dele.</translation>
    </message>
    <message>
        <source>Not yet spent: &lt;b&gt;{coins}&lt;/b&gt;, which cost you {cents}.</source>
        <translation>Ainda não gastas: &lt;b&gt;{coins}&lt;/b&gt;, que custaram {cents}.</translation>
    </message>
    <message>
        <source>By creator, {month}</source>
        <translation>Por criador, {month}</translation>
    </message>
    <message>
        <source>No gifts sent in {month}.</source>
        <translation>Nenhum presente enviado em {month}.</translation>
    </message>
</context>
<context>
    <name>SummaryBox</name>
    <message>
        <source>Your LIVE has ended</source>
        <translation>Sua LIVE terminou</translation>
    </message>
    <message>
        <source>LIVE summary</source>
        <translation>Resumo da LIVE</translation>
    </message>
    <message>
        <source>{creator}&apos;s LIVE has ended</source>
        <translation>A LIVE de {creator} terminou</translation>
    </message>
    <message>
        <source>Time on air: {time}</source>
        <translation>Tempo no ar: {time}</translation>
    </message>
    <message>
        <source>Diamonds: {diamonds} ({value})</source>
        <translation>Diamantes: {diamonds} ({value})</translation>
    </message>
    <message>
        <source>Gifts: {gifts} from 1 gifter</source>
        <translation>Presentes: {gifts} de 1 apoiador</translation>
    </message>
    <message>
        <source>Gifts: {gifts} from {gifters} gifters</source>
        <translation>Presentes: {gifts} de {gifters} apoiadores</translation>
    </message>
    <message>
        <source>Top gifters: {top}</source>
        <translation>Maiores apoiadores: {top}</translation>
    </message>
    <message>
        <source>No gifts this time.</source>
        <translation>Nenhum presente desta vez.</translation>
    </message>
    <message>
        <source>Goal of {goal} reached.</source>
        <translation>Meta de {goal} atingida.</translation>
    </message>
    <message>
        <source>Goal of {goal} not reached.</source>
        <translation>Meta de {goal} não atingida.</translation>
    </message>
</context>
<context>
    <name>SupportersBox</name>
    <message>
        <source>Top supporters</source>
        <translation>Maiores apoiadores</translation>
    </message>
    <message>
        <source>No gifts for {name} today: the first one you send puts you on top.</source>
        <translation>{name} ainda não recebeu presentes hoje: o primeiro que você enviar coloca você no topo.</translation>
    </message>
    <message>
        <source>No gifts for {name} this week: the first one you send puts you on top.</source>
        <translation>{name} ainda não recebeu presentes nesta semana: o primeiro que você enviar coloca você no topo.</translation>
    </message>
    <message>
        <source>No gifts for {name} this month: the first one you send puts you on top.</source>
        <translation>{name} ainda não recebeu presentes neste mês: o primeiro que você enviar coloca você no topo.</translation>
    </message>
    <message>
        <source>No gifts for {name} this year: the first one you send puts you on top.</source>
        <translation>{name} ainda não recebeu presentes neste ano: o primeiro que você enviar coloca você no topo.</translation>
    </message>
    <message>
        <source>No gifts for {name} yet: the first one you send puts you on top.</source>
        <translation>{name} ainda não recebeu presentes: o primeiro que você enviar coloca você no topo.</translation>
    </message>
    <message>
        <source>Choose a creator to see who supports them.</source>
        <translation>Escolha um criador para ver quem o apoia.</translation>
    </message>
    <message>
        <source>{name}&apos;s top supporters</source>
        <translation>Maiores apoiadores de {name}</translation>
    </message>
</context>
<context>
    <name>ThresholdForm</name>
    <message>
        <source>e.g. {amount}</source>
        <translation>p. ex. {amount}</translation>
    </message>
    <message>
        <source>Purchase threshold in dollars</source>
        <translation>Limite de compra em dólares</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Save purchase threshold</source>
        <translation>Salvar o limite de compra</translation>
    </message>
    <message>
        <source>No code for purchases</source>
        <translation>Sem código para compras</translation>
    </message>
    <message>
        <source>Ask for a code for purchases over $</source>
        <translation>Pedir um código para compras acima de $</translation>
    </message>
    <message>
        <source>No purchase needs a code.</source>
        <translation>Nenhuma compra exige código.</translation>
    </message>
    <message>
        <source>Purchases over {amount} need a code{when}.</source>
        <translation>Compras acima de {amount} exigem um código{when}.</translation>
    </message>
    <message>
        <source> once two-step is on</source>
        <translation> quando a verificação em duas etapas estiver ativada</translation>
    </message>
    <message>
        <source>Purchase threshold</source>
        <translation>Limite de compra</translation>
    </message>
    <message>
        <source>Type an amount in dollars, such as {whole} or {cents}.</source>
        <translation>Digite um valor em dólares, como {whole} ou {cents}.</translation>
    </message>
    <message>
        <source>change the purchase threshold</source>
        <translation>alterar o limite de compra</translation>
    </message>
    <message>
        <source>let more purchases through without one</source>
        <translation>liberar mais compras sem código</translation>
    </message>
    <message>
        <source>Threshold not changed</source>
        <translation>Limite não alterado</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvo.</translation>
    </message>
</context>
<context>
    <name>TrayNotifier</name>
    <message>
        <source>Tray &amp;Notifications</source>
        <translation>&amp;Notificações na bandeja</translation>
    </message>
    <message>
        <source>For creators: a message by the clock when a gift of 1,000 coins or more arrives, or a LIVE&apos;s goal is reached, while GiftDesk is not in front.</source>
        <translation>Para criadores: uma mensagem perto do relógio quando chega um presente de 1.000 moedas ou mais, ou quando a meta de uma LIVE é atingida, enquanto o GiftDesk não está em primeiro plano.</translation>
    </message>
    <message>
        <source>{count} big gifts</source>
        <translation>{count} presentes grandes</translation>
    </message>
    <message>
        <source>{coins} in all, from {senders}.</source>
        <translation>{coins} no total, de {senders}.</translation>
    </message>
    <message>
        <source>{sender} sent you {gift}{times}</source>
        <translation>{sender} enviou {gift}{times} para você</translation>
    </message>
    <message>
        <source>{coins}: {diamonds} for you.</source>
        <translation>{coins}: {diamonds} para você.</translation>
    </message>
    <message>
        <source>LIVE goal reached</source>
        <translation>Meta da LIVE atingida</translation>
    </message>
    <message>
        <source>Your LIVE has {diamonds} of its {goal} goal.</source>
        <translation>Sua LIVE está com {diamonds} da meta de {goal}.</translation>
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
        <translation>Verificação em duas etapas</translation>
    </message>
    <message>
        <source>Turn on two-step...</source>
        <translation>Ativar duas etapas...</translation>
    </message>
    <message>
        <source>Turn on two-step check</source>
        <translation>Ativar a verificação em duas etapas</translation>
    </message>
    <message>
        <source>Code from the app, to turn two-step off</source>
        <translation>Código do app, para desativar as duas etapas</translation>
    </message>
    <message>
        <source>Turn off two-step</source>
        <translation>Desativar duas etapas</translation>
    </message>
    <message>
        <source>Turn off two-step check</source>
        <translation>Desativar a verificação em duas etapas</translation>
    </message>
    <message>
        <source>Code the app shows:</source>
        <translation>Código mostrado pelo app:</translation>
    </message>
    <message>
        <source>QR code for your authenticator app</source>
        <translation>Código QR para o seu app autenticador</translation>
    </message>
    <message>
        <source>Two-step secret</source>
        <translation>Segredo de duas etapas</translation>
    </message>
    <message>
        <source>Code from the app, to confirm</source>
        <translation>Código do app, para confirmar</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>Confirm two-step</source>
        <translation>Confirmar duas etapas</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel turning on two-step</source>
        <translation>Cancelar a ativação de duas etapas</translation>
    </message>
    <message>
        <source>Scan the code with an authenticator app (Aegis, Google Authenticator, 1Password, ...) or type this secret into it:</source>
        <translation>Escaneie o código com um app autenticador (Aegis, Google Authenticator, 1Password, ...) ou digite nele este segredo:</translation>
    </message>
    <message>
        <source>payouts, and purchases above the amount below,</source>
        <translation>os saques e as compras acima do valor abaixo</translation>
    </message>
    <message>
        <source>purchases above the amount below</source>
        <translation>as compras acima do valor abaixo</translation>
    </message>
    <message>
        <source>On: {guarded} need a 6-digit code from your authenticator app.</source>
        <translation>Ativada: {guarded} exigem um código de 6 dígitos do seu app autenticador.</translation>
    </message>
    <message>
        <source>Off. With two-step on, {guarded} need a 6-digit code from an authenticator app on your phone.</source>
        <translation>Desativada. Com as duas etapas ativadas, {guarded} exigem um código de 6 dígitos de um app autenticador no seu celular.</translation>
    </message>
    <message>
        <source>Two-step</source>
        <translation>Duas etapas</translation>
    </message>
    <message>
        <source>turn on two-step</source>
        <translation>ativar a verificação em duas etapas</translation>
    </message>
    <message>
        <source>Two-step not turned on</source>
        <translation>Duas etapas não ativadas</translation>
    </message>
    <message>
        <source>turn off two-step</source>
        <translation>desativar a verificação em duas etapas</translation>
    </message>
    <message>
        <source>Two-step not turned off</source>
        <translation>Duas etapas não desativadas</translation>
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
        <translation>Algo deu errado: {error}

Nada do que você salvou foi perdido. Os detalhes foram gravados em {where}.</translation>
    </message>
    <message>
        <source>{asked}.

Password:</source>
        <translation>{asked}.

Senha:</translation>
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
        <translation>C&amp;laro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Escuro</translation>
    </message>
</context>
</TS>
