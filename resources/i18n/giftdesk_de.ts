<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActivityModel</name>
    <message>
        <source>Transaction</source>
        <translation>Transaktion</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Coins</source>
        <translation>Münzen</translation>
    </message>
    <message>
        <source>Diamonds</source>
        <translation>Diamanten</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Geld</translation>
    </message>
</context>
<context>
    <name>ActivityTab</name>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Käufe</translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation>Geschenke</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>Auszahlungen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Filter by text, e.g. a creator&apos;s name</source>
        <translation>Nach Text filtern, z. B. dem Namen eines Creators</translation>
    </message>
    <message>
        <source>Filter activity</source>
        <translation>Aktivität filtern</translation>
    </message>
    <message>
        <source>Export CSV...</source>
        <translation>CSV exportieren...</translation>
    </message>
    <message>
        <source>Export activity as CSV</source>
        <translation>Aktivität als CSV exportieren</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>An&amp;zeigen:</translation>
    </message>
    <message>
        <source>{shown} found in the {total} newest transactions; looking further back...</source>
        <translation>{shown} in den {total} neuesten Transaktionen gefunden; suche weiter zurück...</translation>
    </message>
    <message>
        <source>{shown} found in the {total} newest transactions; scroll for older ones</source>
        <translation>{shown} in den {total} neuesten Transaktionen gefunden; für ältere weiterscrollen</translation>
    </message>
    <message>
        <source>The {total} newest transactions; scroll for older ones</source>
        <translation>Die {total} neuesten Transaktionen; für ältere weiterscrollen</translation>
    </message>
    <message>
        <source>{shown} of {total} transactions shown</source>
        <translation>{shown} von {total} Transaktionen angezeigt</translation>
    </message>
    <message>
        <source>1 transaction</source>
        <translation>1 Transaktion</translation>
    </message>
    <message>
        <source>{total} transactions</source>
        <translation>{total} Transaktionen</translation>
    </message>
    <message>
        <source>Choose a profile to see its activity.</source>
        <translation>Wähle ein Profil, um seine Aktivität zu sehen.</translation>
    </message>
    <message>
        <source>Looking further back for matches...</source>
        <translation>Suche weiter zurück nach Treffern...</translation>
    </message>
    <message>
        <source>Nothing matches the filter. Clear it to see every transaction.</source>
        <translation>Nichts passt zum Filter. Leere ihn, um alle Transaktionen zu sehen.</translation>
    </message>
    <message>
        <source>No activity yet: purchases, gifts and payouts will show here.</source>
        <translation>Noch keine Aktivität: Käufe, Geschenke und Auszahlungen erscheinen hier.</translation>
    </message>
</context>
<context>
    <name>AmountEdit</name>
    <message>
        <source>“{text}”: write the digits in groups of three, as in {example}.</source>
        <translation>„{text}“: Schreib die Ziffern in Dreiergruppen, wie in {example}.</translation>
    </message>
    <message>
        <source>“{text}” has more digits than any amount.</source>
        <translation>„{text}“ hat zu viele Ziffern für einen Betrag.</translation>
    </message>
    <message>
        <source>“{text}” is not a whole number: use the digits 0-9, as in {example}.</source>
        <translation>„{text}“ ist keine ganze Zahl: Nimm die Ziffern 0-9, wie in {example}.</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>No gifts in these days</source>
        <translation>Keine Geschenke an diesen Tagen</translation>
    </message>
    <message>
        <source>{first} to {last}. Highest: {best}. Left and right arrows go through them.</source>
        <translation>{first} bis {last}. Höchster Wert: {best}. Mit den Pfeiltasten links und rechts gehst du die Balken durch.</translation>
    </message>
</context>
<context>
    <name>BudgetBox</name>
    <message>
        <source>Spending budget</source>
        <translation>Ausgabenbudget</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>kein Limit</translation>
    </message>
    <message>
        <source>Daily budget in coins</source>
        <translation>Tagesbudget in Münzen</translation>
    </message>
    <message>
        <source>Monthly budget in coins</source>
        <translation>Monatsbudget in Münzen</translation>
    </message>
    <message>
        <source>Save budget</source>
        <translation>Budget speichern</translation>
    </message>
    <message>
        <source>Time zone of budget days and ages</source>
        <translation>Zeitzone für Budgettage und Alter</translation>
    </message>
    <message>
        <source>Save time zone</source>
        <translation>Zeitzone speichern</translation>
    </message>
    <message>
        <source>Coins per day:</source>
        <translation>Münzen pro Tag:</translation>
    </message>
    <message>
        <source>Coins per month:</source>
        <translation>Münzen pro Monat:</translation>
    </message>
    <message>
        <source>Budget days and ages follow:</source>
        <translation>Budgettage und Alter nach:</translation>
    </message>
    <message>
        <source>Empty means no cap. Gifts over a cap are refused.</source>
        <translation>Leer heißt kein Limit. Geschenke über einem Limit werden abgelehnt.</translation>
    </message>
    <message>
        <source>Left today: {coins}.</source>
        <translation>Heute übrig: {coins}.</translation>
    </message>
    <message>
        <source>Saving asks for the password.</source>
        <translation>Zum Speichern wird das Passwort abgefragt.</translation>
    </message>
    <message>
        <source>change the spending budget</source>
        <translation>das Ausgabenbudget zu ändern</translation>
    </message>
    <message>
        <source>Budget not changed</source>
        <translation>Budget nicht geändert</translation>
    </message>
    <message>
        <source>Time zone not changed</source>
        <translation>Zeitzone nicht geändert</translation>
    </message>
    <message>
        <source>change the time zone</source>
        <translation>die Zeitzone zu ändern</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
</context>
<context>
    <name>CardForm</name>
    <message>
        <source>Card number</source>
        <translation>Kartennummer</translation>
    </message>
    <message>
        <source>MM/YY</source>
        <translation>MM/JJ</translation>
    </message>
    <message>
        <source>Card expiry</source>
        <translation>Ablaufdatum der Karte</translation>
    </message>
    <message>
        <source>CVC</source>
        <translation>CVC</translation>
    </message>
    <message>
        <source>Card security code</source>
        <translation>Sicherheitscode der Karte</translation>
    </message>
    <message>
        <source>Card looks good.</source>
        <translation>Die Karte sieht gut aus.</translation>
    </message>
    <message>
        <source>Enter the card number, expiry (MM/YY) and security code.</source>
        <translation>Gib Kartennummer, Ablaufdatum (MM/JJ) und Sicherheitscode ein.</translation>
    </message>
</context>
<context>
    <name>ChannelBox</name>
    <message>
        <source>1. Where to buy</source>
        <translation>1. Wo kaufen</translation>
    </message>
    <message>
        <source>App (through the app store)</source>
        <translation>App (über den App-Store)</translation>
    </message>
    <message>
        <source>Web (direct, cheaper)</source>
        <translation>Web (direkt, günstiger)</translation>
    </message>
    <message>
        <source>App channel</source>
        <translation>App-Kanal</translation>
    </message>
    <message>
        <source>Web channel</source>
        <translation>Web-Kanal</translation>
    </message>
    <message>
        <source>In-app purchases go through the app store, which keeps {percent}% of the price, so coins cost more here. Packages only.</source>
        <translation>In-App-Käufe laufen über den App-Store, der {percent} % des Preises einbehält; Münzen kosten hier also mehr. Nur Pakete.</translation>
    </message>
    <message>
        <source>Buying on the web skips the app-store fee: the same coins cost about a quarter less, and you can choose a custom amount.</source>
        <translation>Im Web entfällt die App-Store-Gebühr: Dieselben Münzen kosten etwa ein Viertel weniger, und du kannst eine eigene Menge wählen.</translation>
    </message>
</context>
<context>
    <name>ChartBox</name>
    <message>
        <source>Diamonds earned</source>
        <translation>Verdiente Diamanten</translation>
    </message>
    <message>
        <source>Chart period</source>
        <translation>Zeitraum des Diagramms</translation>
    </message>
    <message>
        <source>Last {n} days, by day</source>
        <translation>Letzte {n} Tage, pro Tag</translation>
    </message>
    <message>
        <source>Last {n} weeks, by week</source>
        <translation>Letzte {n} Wochen, pro Woche</translation>
    </message>
    <message>
        <source>Last {n} months, by month</source>
        <translation>Letzte {n} Monate, pro Monat</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Show the figures as a table</source>
        <translation>Zahlen als Tabelle zeigen</translation>
    </message>
    <message>
        <source>Diamonds chart</source>
        <translation>Diamanten-Diagramm</translation>
    </message>
    <message>
        <source>Diamonds per period</source>
        <translation>Diamanten pro Zeitraum</translation>
    </message>
    <message>
        <source>Chosen period</source>
        <translation>Gewählter Zeitraum</translation>
    </message>
    <message>
        <source>Drawn cut short, to keep the other bars readable: {bars}.</source>
        <translation>Gekürzt gezeichnet, damit die anderen Balken lesbar bleiben: {bars}.</translation>
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
        <translation>MMMM yyyy</translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first} bis {last}</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <translation>ddd, d. MMM</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <translation>ddd, d. MMM yyyy</translation>
    </message>
    <message>
        <source>{period}: no gifts</source>
        <translation>{period}: keine Geschenke</translation>
    </message>
    <message>
        <source>1 gift</source>
        <translation>1 Geschenk</translation>
    </message>
    <message>
        <source>{n} gifts</source>
        <translation>{n} Geschenke</translation>
    </message>
    <message>
        <source>{period}: {diamonds} from {gifts}</source>
        <translation>{period}: {diamonds} für {gifts}</translation>
    </message>
    <message>
        <source>No gifts in these months</source>
        <translation>Keine Geschenke in diesen Monaten</translation>
    </message>
    <message>
        <source>No gifts in these weeks</source>
        <translation>Keine Geschenke in diesen Wochen</translation>
    </message>
    <message>
        <source>No gifts in these days</source>
        <translation>Keine Geschenke an diesen Tagen</translation>
    </message>
</context>
<context>
    <name>CostLabel</name>
    <message>
        <source>Cost and creator share</source>
        <translation>Kosten und Creator-Anteil</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Total: &lt;b&gt;{coins}&lt;/b&gt;</source>
        <translation>Gesamt: &lt;b&gt;{coins}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{creator} receives &lt;b&gt;{diamonds}&lt;/b&gt; = {value}.</source>
        <translation>{creator} erhält &lt;b&gt;{diamonds}&lt;/b&gt; = {value}.</translation>
    </message>
    <message>
        <source>Diamonds are rounded down over all of a creator&apos;s gifts: the fraction carries over to their next gift.</source>
        <translation>Diamanten werden über alle Geschenke an einen Creator hinweg abgerundet: Der Bruchteil zählt beim nächsten Geschenk mit.</translation>
    </message>
    <message>
        <source>No other creator to send to yet: add a creator profile first.</source>
        <translation>Noch kein anderer Creator als Empfänger: Lege zuerst ein Creator-Profil an.</translation>
    </message>
    <message>
        <source>No creator to send to yet: add a creator profile first.</source>
        <translation>Noch kein Creator als Empfänger: Lege zuerst ein Creator-Profil an.</translation>
    </message>
    <message>
        <source>You have {coins}</source>
        <translation>Du hast {coins}</translation>
    </message>
    <message>
        <source>; {coins} left in today&apos;s budget</source>
        <translation>; {coins} übrig im heutigen Budget</translation>
    </message>
    <message>
        <source>Those coins cost about {web} on the web ({app} in the app).</source>
        <translation>Diese Münzen kosten etwa {web} im Web ({app} in der App).</translation>
    </message>
    <message>
        <source>These coins cost you &lt;b&gt;nothing&lt;/b&gt;: they were free (bonus).</source>
        <translation>Diese Münzen haben dich &lt;b&gt;nichts&lt;/b&gt; gekostet: Sie waren gratis (Bonus).</translation>
    </message>
    <message>
        <source>These coins cost you &lt;b&gt;under a cent&lt;/b&gt;, counted with your next gifts.</source>
        <translation>Diese Münzen haben dich &lt;b&gt;weniger als einen Cent&lt;/b&gt; gekostet; er zählt bei deinen nächsten Geschenken mit.</translation>
    </message>
    <message>
        <source>These coins cost you &lt;b&gt;{paid}&lt;/b&gt; ({free} of them were free, bonus).</source>
        <translation>Diese Münzen haben dich &lt;b&gt;{paid}&lt;/b&gt; gekostet ({free} davon gratis, Bonus).</translation>
    </message>
    <message>
        <source>These coins cost you &lt;b&gt;{paid}&lt;/b&gt; (your oldest coins first).</source>
        <translation>Diese Münzen haben dich &lt;b&gt;{paid}&lt;/b&gt; gekostet (deine ältesten Münzen zuerst).</translation>
    </message>
    <message>
        <source>{creator} receives &lt;b&gt;{value}&lt;/b&gt; ({percent}%, {diamonds}); the platform {platform}, the app store {store}.</source>
        <translation>{creator} erhält &lt;b&gt;{value}&lt;/b&gt; ({percent} %, {diamonds}); die Plattform {platform}, der App-Store {store}.</translation>
    </message>
</context>
<context>
    <name>CreatorSpendingModel</name>
    <message>
        <source>Creator</source>
        <translation>Creator</translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation>Geschenke</translation>
    </message>
    <message>
        <source>Coins</source>
        <translation>Münzen</translation>
    </message>
    <message>
        <source>Cost you</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Creator got</source>
        <translation>Creator-Anteil</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Transaction details</source>
        <translation>Transaktionsdetails</translation>
    </message>
    <message>
        <source>Select a transaction in the list to see its details here.</source>
        <translation>Wähle eine Transaktion in der Liste, um hier ihre Details zu sehen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Transaction {reference}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Transaktion {reference}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>From your purchases (oldest first):</source>
        <translation>Aus deinen Käufen (älteste zuerst):</translation>
    </message>
    <message>
        <source>Back to your purchases:</source>
        <translation>Zurück an deine Käufe:</translation>
    </message>
    <message>
        <source>Those coins cost you &lt;b&gt;{paid}&lt;/b&gt;.</source>
        <translation>Diese Münzen haben dich &lt;b&gt;{paid}&lt;/b&gt; gekostet.</translation>
    </message>
    <message>
        <source>Those coins cost you nothing (free coins, or under a cent).</source>
        <translation>Diese Münzen haben dich nichts gekostet (Gratismünzen oder weniger als ein Cent).</translation>
    </message>
    <message>
        <source>The creator: {value} ({percent}%)</source>
        <translation>Der Creator: {value} ({percent} %)</translation>
    </message>
    <message>
        <source>The creator: {value}</source>
        <translation>Der Creator: {value}</translation>
    </message>
    <message>
        <source>The platform: {value}</source>
        <translation>Die Plattform: {value}</translation>
    </message>
    <message>
        <source>The app store: {value}</source>
        <translation>Der App-Store: {value}</translation>
    </message>
    <message>
        <source>Undid gift {reference}.</source>
        <translation>Geschenk {reference} rückgängig gemacht.</translation>
    </message>
    <message>
        <source>Given back: the coins, and the {paid} they cost you, to the purchases they came from; the creator&apos;s {creator} taken back.</source>
        <translation>Zurückgegeben an die Käufe, aus denen sie stammen: die Münzen und die {paid}, die sie dich gekostet haben; dem Creator wurden {creator} wieder abgezogen.</translation>
    </message>
    <message>
        <source>{coins} (bonus included) for {price}; the app store&apos;s fee: {fee}.</source>
        <translation>{coins} (inkl. Bonus) für {price}; App-Store-Gebühr: {fee}.</translation>
    </message>
    <message>
        <source>Spent on gifts: {coins}, which cost {cents}.</source>
        <translation>Für Geschenke ausgegeben: {coins}, die {cents} gekostet haben.</translation>
    </message>
    <message>
        <source>Left: {coins}, which cost {cents}.</source>
        <translation>Übrig: {coins}, die {cents} gekostet haben.</translation>
    </message>
    <message>
        <source>{coins} from purchase {reference}, {paid}</source>
        <translation>{coins} aus Kauf {reference}, {paid}</translation>
    </message>
    <message>
        <source>{coins} back to purchase {reference}, {paid}</source>
        <translation>{coins} zurück an Kauf {reference}, {paid}</translation>
    </message>
</context>
<context>
    <name>EarningsSupportersBox</name>
    <message>
        <source>Top supporters</source>
        <translation>Top-Unterstützer</translation>
    </message>
    <message>
        <source>No gifts today yet: whoever sends you one today shows here.</source>
        <translation>Heute noch keine Geschenke: Wer dir heute eines sendet, erscheint hier.</translation>
    </message>
    <message>
        <source>No gifts this week yet (from Monday): whoever sends you one shows here.</source>
        <translation>Diese Woche (ab Montag) noch keine Geschenke: Wer dir eines sendet, erscheint hier.</translation>
    </message>
    <message>
        <source>No gifts this month yet: whoever sends you one shows here.</source>
        <translation>Diesen Monat noch keine Geschenke: Wer dir eines sendet, erscheint hier.</translation>
    </message>
    <message>
        <source>No gifts this year yet: whoever sends you one shows here.</source>
        <translation>Dieses Jahr noch keine Geschenke: Wer dir eines sendet, erscheint hier.</translation>
    </message>
    <message>
        <source>No gifts yet: whoever sends you one shows here.</source>
        <translation>Noch keine Geschenke: Wer dir eines sendet, erscheint hier.</translation>
    </message>
</context>
<context>
    <name>EarningsTab</name>
    <message>
        <source>Diamonds</source>
        <translation>Diamanten</translation>
    </message>
    <message>
        <source>Cash value</source>
        <translation>Barwert</translation>
    </message>
    <message>
        <source>Your diamonds</source>
        <translation>Deine Diamanten</translation>
    </message>
    <message>
        <source>Gifts received</source>
        <translation>Erhaltene Geschenke</translation>
    </message>
    <message>
        <source>Gifts received, LIVEs and payouts</source>
        <translation>Erhaltene Geschenke, LIVEs und Auszahlungen</translation>
    </message>
    <message>
        <source>Which list</source>
        <translation>Welche Liste</translation>
    </message>
    <message>
        <source>Your LIVEs</source>
        <translation>Deine LIVEs</translation>
    </message>
    <message>
        <source>at least {diamonds}</source>
        <translation>mindestens {diamonds}</translation>
    </message>
    <message>
        <source>Diamonds to pay out</source>
        <translation>Auszuzahlende Diamanten</translation>
    </message>
    <message>
        <source>Cash value of the payout</source>
        <translation>Barwert der Auszahlung</translation>
    </message>
    <message>
        <source>Payout method</source>
        <translation>Auszahlungsmethode</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Bankkonto</translation>
    </message>
    <message>
        <source>PayPal</source>
        <translation>PayPal</translation>
    </message>
    <message>
        <source>Payout limits</source>
        <translation>Auszahlungslimits</translation>
    </message>
    <message>
        <source>Request payout</source>
        <translation>Auszahlung anfordern</translation>
    </message>
    <message>
        <source>Process pending (sandbox)</source>
        <translation>Ausstehende verarbeiten (Sandbox)</translation>
    </message>
    <message>
        <source>Process pending payouts</source>
        <translation>Ausstehende Auszahlungen verarbeiten</translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation>Auszahlen</translation>
    </message>
    <message>
        <source>Diamonds:</source>
        <translation>Diamanten:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>An:</translation>
    </message>
    <message>
        <source>Payout status</source>
        <translation>Status der Auszahlung</translation>
    </message>
    <message>
        <source>Payout history</source>
        <translation>Auszahlungsverlauf</translation>
    </message>
    <message>
        <source>Choose a profile in the list above to see its earnings.</source>
        <translation>Wähle oben in der Liste ein Profil, um seine Einnahmen zu sehen.</translation>
    </message>
    <message>
        <source>Earnings are for creator profiles. Switch to a creator in the profile list above, or create one with File &gt; New Profile.</source>
        <translation>Einnahmen gibt es für Creator-Profile. Wechsle oben in der Profilliste zu einem Creator oder lege einen an mit Datei &gt; Neues Profil.</translation>
    </message>
    <message>
        <source>worth {value}</source>
        <translation>im Wert von {value}</translation>
    </message>
    <message>
        <source>From LIVEs: {live}; from videos: {video}. You receive {diamonds} diamond for every {coins} coins of gifts, and a diamond is worth one cent.</source>
        <translation>Aus LIVEs: {live}; aus Videos: {video}. Du erhältst {diamonds} Diamant für je {coins} Münzen an Geschenken, und ein Diamant ist einen Cent wert.</translation>
    </message>
    <message>
        <source> {diamonds} are held for pending payouts.</source>
        <translation> {diamonds} sind für ausstehende Auszahlungen reserviert.</translation>
    </message>
    <message>
        <source>Minimum {diamonds} ({value}). At most {max_per_day} per UTC day: {left} left today.</source>
        <translation>Mindestens {diamonds} ({value}). Höchstens {max_per_day} pro UTC-Tag: heute noch {left}.</translation>
    </message>
    <message>
        <source>Two-step check is on: you will be asked for a code.</source>
        <translation>Die Zwei-Schritt-Prüfung ist an: Du wirst nach einem Code gefragt.</translation>
    </message>
    <message>
        <source>= {value}</source>
        <translation>= {value}</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>Auszahlung</translation>
    </message>
    <message>
        <source>Type how many diamonds to pay out.</source>
        <translation>Gib ein, wie viele Diamanten ausgezahlt werden sollen.</translation>
    </message>
    <message>
        <source>Two-step check</source>
        <translation>Zwei-Schritt-Prüfung</translation>
    </message>
    <message>
        <source>Enter the 6-digit code from your authenticator app to pay out {value}:</source>
        <translation>Gib den 6-stelligen Code aus deiner Authenticator-App ein, um {value} auszuzahlen:</translation>
    </message>
    <message>
        <source>Payout refused</source>
        <translation>Auszahlung abgelehnt</translation>
    </message>
    <message>
        <source>Payout of {value} to {method} requested: pending until it is processed.</source>
        <translation>Auszahlung von {value} an {method} angefordert: ausstehend, bis sie verarbeitet ist.</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>Auszahlungen</translation>
    </message>
    <message>
        <source>Processed {n}: {paid} paid ({value}), {failed} failed.</source>
        <translation>{n} verarbeitet: {paid} bezahlt ({value}), {failed} fehlgeschlagen.</translation>
    </message>
    <message>
        <source>A failed payout&apos;s diamonds are back in your balance.</source>
        <translation>Die Diamanten einer fehlgeschlagenen Auszahlung sind wieder in deinem Guthaben.</translation>
    </message>
</context>
<context>
    <name>GiftBar</name>
    <message>
        <source>Gifts to send</source>
        <translation>Geschenke zum Senden</translation>
    </message>
    <message>
        <source>Combo count</source>
        <translation>Combo-Anzahl</translation>
    </message>
    <message>
        <source>&amp;Count:</source>
        <translation>A&amp;nzahl:</translation>
    </message>
    <message>
        <source>Send status</source>
        <translation>Sendestatus</translation>
    </message>
    <message>
        <source>Sent {gift}{times}.</source>
        <translation>{gift}{times} gesendet.</translation>
    </message>
    <message>
        <source>Undone: {coins} back in your wallet.</source>
        <translation>Rückgängig gemacht: {coins} zurück in deiner Wallet.</translation>
    </message>
</context>
<context>
    <name>GiftCatalogModel</name>
    <message>
        <source> Can be sent as a combo.</source>
        <translation> Kann als Combo gesendet werden.</translation>
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
        <translation>Geschenke suchen</translation>
    </message>
    <message>
        <source>Price filter</source>
        <translation>Preisfilter</translation>
    </message>
    <message>
        <source>Pr&amp;ice:</source>
        <translation>Pre&amp;is:</translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation>Geschenke</translation>
    </message>
    <message>
        <source>No gift matches “{text}” with the price filter “{band}”.</source>
        <translation>Kein Geschenk passt zu „{text}“ mit dem Preisfilter „{band}“.</translation>
    </message>
    <message>
        <source>No gift matches “{text}”.</source>
        <translation>Kein Geschenk passt zu „{text}“.</translation>
    </message>
    <message>
        <source>No gift with the price filter “{band}”.</source>
        <translation>Kein Geschenk im Preisfilter „{band}“.</translation>
    </message>
    <message>
        <source>Clear the search or choose All prices to see every gift.</source>
        <translation>Leere die Suche oder wähle Alle Preise, um alle Geschenke zu sehen.</translation>
    </message>
    <message>
        <source>All prices</source>
        <translation>Alle Preise</translation>
    </message>
    <message>
        <source>Under 100 coins (combo)</source>
        <translation>Unter 100 Münzen (Combo)</translation>
    </message>
    <message>
        <source>100 to 999 coins</source>
        <translation>100 bis 999 Münzen</translation>
    </message>
    <message>
        <source>1,000 to 9,999 coins</source>
        <translation>1.000 bis 9.999 Münzen</translation>
    </message>
    <message>
        <source>10,000 coins and up</source>
        <translation>Ab 10.000 Münzen</translation>
    </message>
</context>
<context>
    <name>GiftsTab</name>
    <message>
        <source>Creator</source>
        <translation>Creator</translation>
    </message>
    <message>
        <source>Send &amp;to:</source>
        <translation>&amp;Senden an:</translation>
    </message>
    <message>
        <source>Where the gift is sent</source>
        <translation>Wo das Geschenk gesendet wird</translation>
    </message>
    <message>
        <source>During their LIVE</source>
        <translation>Während des LIVEs</translation>
    </message>
    <message>
        <source>On a video</source>
        <translation>Bei einem Video</translation>
    </message>
    <message>
        <source>LIVE now</source>
        <translation>Jetzt LIVE</translation>
    </message>
    <message>
        <source>Combo count</source>
        <translation>Combo-Anzahl</translation>
    </message>
    <message>
        <source>Send status</source>
        <translation>Sendestatus</translation>
    </message>
    <message>
        <source>Count:</source>
        <translation>Anzahl:</translation>
    </message>
    <message>
        <source>Your gift</source>
        <translation>Dein Geschenk</translation>
    </message>
    <message>
        <source>Choose a gift</source>
        <translation>Wähle ein Geschenk</translation>
    </message>
    <message>
        <source>Combo: send up to {n} at once.</source>
        <translation>Combo: bis zu {n} auf einmal.</translation>
    </message>
    <message>
        <source>Sent one at a time.</source>
        <translation>Wird einzeln gesendet.</translation>
    </message>
    <message>
        <source>{gift}{times} to {creator} was taken back elsewhere.</source>
        <translation>{gift}{times} an {creator} wurde an anderer Stelle rückgängig gemacht.</translation>
    </message>
    <message>
        <source>You have {coins} now: Send gift sends {gift}{times} to {creator}.</source>
        <translation>Du hast jetzt {coins}: „Geschenk senden“ sendet {gift}{times} an {creator}.</translation>
    </message>
    <message>
        <source>You have {coins} now.</source>
        <translation>Du hast jetzt {coins}.</translation>
    </message>
    <message>
        <source>Those coins cost you {paid}; {creator} received {diamonds} ({value}).</source>
        <translation>Diese Münzen haben dich {paid} gekostet; {creator} hat {diamonds} ({value}) erhalten.</translation>
    </message>
    <message>
        <source>Send this gift?</source>
        <translation>Dieses Geschenk senden?</translation>
    </message>
    <message>
        <source>Send {gift}{times} to {creator} for {coins}?</source>
        <translation>{gift}{times} für {coins} an {creator} senden?</translation>
    </message>
    <message>
        <source>Gift refused</source>
        <translation>Geschenk abgelehnt</translation>
    </message>
    <message>
        <source>Sent {gift}{times} to {creator}.</source>
        <translation>{gift}{times} an {creator} gesendet.</translation>
    </message>
    <message>
        <source>Not enough coins</source>
        <translation>Nicht genug Münzen</translation>
    </message>
    <message>
        <source>{gift} costs {needed} and you have {balance}. Recharge the {missing} you are missing?</source>
        <translation>{gift} kostet {needed}, du hast {balance}. Die fehlenden {missing} aufladen?</translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation>Rückgängig nicht möglich</translation>
    </message>
    <message>
        <source>Undone: {coins} back in your wallet.</source>
        <translation>Rückgängig gemacht: {coins} zurück in deiner Wallet.</translation>
    </message>
</context>
<context>
    <name>GoLiveBox</name>
    <message>
        <source>Your LIVE</source>
        <translation>Dein LIVE</translation>
    </message>
    <message>
        <source>LIVE title</source>
        <translation>LIVE-Titel</translation>
    </message>
    <message>
        <source>No goal</source>
        <translation>Kein Ziel</translation>
    </message>
    <message>
        <source>Goal in diamonds (optional)</source>
        <translation>Ziel in Diamanten (optional)</translation>
    </message>
    <message>
        <source>Go LIVE</source>
        <translation>LIVE gehen</translation>
    </message>
    <message>
        <source>End LIVE</source>
        <translation>LIVE beenden</translation>
    </message>
    <message>
        <source>LIVE status</source>
        <translation>LIVE-Status</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>G&amp;oal (diamonds):</source>
        <translation>&amp;Ziel (Diamanten):</translation>
    </message>
    <message>
        <source>{name}&apos;s LIVE</source>
        <translation>LIVE von {name}</translation>
    </message>
    <message>
        <source>Write the goal in whole diamonds, or leave it empty.</source>
        <translation>Gib das Ziel in ganzen Diamanten ein oder lass es leer.</translation>
    </message>
</context>
<context>
    <name>Header</name>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Choose a profile</source>
        <translation>Wähle ein Profil</translation>
    </message>
    <message>
        <source>New profile...</source>
        <translation>Neues Profil...</translation>
    </message>
    <message>
        <source>Coin balance</source>
        <translation>Münzguthaben</translation>
    </message>
    <message>
        <source>Diamond balance</source>
        <translation>Diamantenguthaben</translation>
    </message>
    <message>
        <source>Budget left today</source>
        <translation>Heute übriges Budget</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil:</translation>
    </message>
    <message>
        <source>Locked: choose a profile and type its password</source>
        <translation>Gesperrt: Wähle ein Profil und gib sein Passwort ein</translation>
    </message>
    <message>
        <source>No profile yet</source>
        <translation>Noch kein Profil</translation>
    </message>
    <message>
        <source>&lt;b&gt;{coins}&lt;/b&gt; coins</source>
        <translation>&lt;b&gt;{coins}&lt;/b&gt; Münzen</translation>
    </message>
    <message>
        <source>&lt;b&gt;{diamonds}&lt;/b&gt; diamonds ({value})</source>
        <translation>&lt;b&gt;{diamonds}&lt;/b&gt; Diamanten ({value})</translation>
    </message>
    <message>
        <source>No spending budget</source>
        <translation>Kein Ausgabenbudget</translation>
    </message>
    <message>
        <source>Budget left today: &lt;b&gt;{coins}&lt;/b&gt;</source>
        <translation>Heute übriges Budget: &lt;b&gt;{coins}&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>HistoryText</name>
    <message>
        <source>app</source>
        <translation>App</translation>
    </message>
    <message>
        <source>web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>app-store</source>
        <translation>App-Store</translation>
    </message>
    <message>
        <source>card</source>
        <translation>Karte</translation>
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
        <translation>Video</translation>
    </message>
    <message>
        <source>Sent {gift} x{count} to {other} ({where})</source>
        <translation>{gift} x{count} an {other} gesendet ({where})</translation>
    </message>
    <message>
        <source>Received {gift} x{count} from {other} ({where})</source>
        <translation>{gift} x{count} von {other} erhalten ({where})</translation>
    </message>
    <message>
        <source>Undid {gift} x{count} to {other}</source>
        <translation>{gift} x{count} an {other} rückgängig gemacht</translation>
    </message>
    <message>
        <source>{other} undid {gift} x{count}</source>
        <translation>{other} hat {gift} x{count} rückgängig gemacht</translation>
    </message>
    <message>
        <source> + {bonus} bonus</source>
        <translation> + {bonus} Bonus</translation>
    </message>
    <message>
        <source>Bought {coins}{bonus} for {price} ({channel}, {method})</source>
        <translation>{coins}{bonus} für {price} gekauft ({channel}, {method})</translation>
    </message>
    <message>
        <source>Requested payout of {diamonds} diamonds ({amount})</source>
        <translation>Auszahlung von {diamonds} Diamanten angefordert ({amount})</translation>
    </message>
    <message>
        <source>Payout of {amount} paid</source>
        <translation>Auszahlung von {amount} bezahlt</translation>
    </message>
    <message>
        <source>Payout of {amount} failed; diamonds returned</source>
        <translation>Auszahlung von {amount} fehlgeschlagen; Diamanten zurückgebucht</translation>
    </message>
</context>
<context>
    <name>JobProgressDialog</name>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>GiftDesk will speak {language} the next time it starts.</source>
        <translation>GiftDesk spricht beim nächsten Start {language}.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
</context>
<context>
    <name>LeaderboardBox</name>
    <message>
        <source>Days shown</source>
        <translation>Angezeigte Tage</translation>
    </message>
    <message>
        <source>Top supporters</source>
        <translation>Top-Unterstützer</translation>
    </message>
    <message>
        <source>Every gift so far</source>
        <translation>Alle bisherigen Geschenke</translation>
    </message>
    <message>
        <source>dddd d MMMM yyyy</source>
        <translation>dddd, d. MMMM yyyy</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <translation>MMMM yyyy</translation>
    </message>
    <message>
        <source>yyyy</source>
        <translation>yyyy</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first} bis {last}</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <translation>ddd, d. MMM</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <translation>ddd, d. MMM yyyy</translation>
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
        <translation>Unterstützer</translation>
    </message>
    <message>
        <source>Coins</source>
        <translation>Münzen</translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation>Geschenke</translation>
    </message>
</context>
<context>
    <name>LiveFeedModel</name>
    <message>
        <source>Gifter</source>
        <translation>Spender</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>Geschenk</translation>
    </message>
    <message>
        <source>Coins</source>
        <translation>Münzen</translation>
    </message>
</context>
<context>
    <name>LiveHistoryModel</name>
    <message>
        <source>On air now</source>
        <translation>Läuft noch</translation>
    </message>
    <message>
        <source>No goal</source>
        <translation>Kein Ziel</translation>
    </message>
    <message>
        <source>{goal}: reached</source>
        <translation>{goal}: erreicht</translation>
    </message>
    <message>
        <source>{goal}: {percent}% so far</source>
        <translation>{goal}: bisher {percent} %</translation>
    </message>
    <message>
        <source>{goal}: not reached</source>
        <translation>{goal}: nicht erreicht</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>On air</source>
        <translation>Sendezeit</translation>
    </message>
    <message>
        <source>Diamonds</source>
        <translation>Diamanten</translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation>Geschenke</translation>
    </message>
    <message>
        <source>Gifters</source>
        <translation>Spender</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
</context>
<context>
    <name>LiveHistoryView</name>
    <message>
        <source>Your LIVEs</source>
        <translation>Deine LIVEs</translation>
    </message>
    <message>
        <source>You have not been LIVE yet. Each LIVE you go on is listed here with its figures, newest first.</source>
        <translation>Du warst noch nicht LIVE. Jedes LIVE, mit dem du auf Sendung gehst, steht hier mit seinen Zahlen, neueste zuerst.</translation>
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
        <translation>Spender</translation>
    </message>
    <message>
        <source>Coins</source>
        <translation>Münzen</translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation>Geschenke</translation>
    </message>
</context>
<context>
    <name>LiveTab</name>
    <message>
        <source>Choose a LIVE from “LIVE now” to join its room.</source>
        <translation>Wähle ein LIVE unter „Jetzt LIVE“, um seinen Raum zu betreten.</translation>
    </message>
    <message>
        <source>You are LIVE: {title}</source>
        <translation>Du bist LIVE: {title}</translation>
    </message>
    <message>
        <source>End LIVE</source>
        <translation>LIVE beenden</translation>
    </message>
    <message>
        <source>End your LIVE now? Viewers can no longer send to it.</source>
        <translation>Dein LIVE jetzt beenden? Zuschauer können dann keine Geschenke mehr senden.</translation>
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
        <translation>Deine Wallet wird geöffnet...</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>&amp;Recharge</source>
        <translation>Au&amp;fladen</translation>
    </message>
    <message>
        <source>&amp;Gifts</source>
        <translation>&amp;Geschenke</translation>
    </message>
    <message>
        <source>&amp;Earnings</source>
        <translation>&amp;Einnahmen</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation>A&amp;ktivität</translation>
    </message>
    <message>
        <source>Spe&amp;nding</source>
        <translation>A&amp;usgaben</translation>
    </message>
    <message>
        <source>&amp;LIVE</source>
        <translation>&amp;LIVE</translation>
    </message>
    <message>
        <source>The disk holding this database is full: you can look around and back up to another disk, but nothing can be bought, sent or paid out until there is space again.</source>
        <translation>Der Datenträger dieser Datenbank ist voll: Du kannst dich umsehen und auf einen anderen Datenträger sichern, aber nichts kann gekauft, gesendet oder ausgezahlt werden, bis wieder Platz ist.</translation>
    </message>
    <message>
        <source>This database is read-only: you can look around, but nothing can be bought, sent or paid out.</source>
        <translation>Diese Datenbank ist schreibgeschützt: Du kannst dich umsehen, aber nichts kann gekauft, gesendet oder ausgezahlt werden.</translation>
    </message>
    <message>
        <source>The ledger failed these checks: {names}. Use File &gt; Verify Ledger for details, and restore a backup if you have one.</source>
        <translation>Das Hauptbuch hat diese Prüfungen nicht bestanden: {names}. Details unter Datei &gt; Hauptbuch prüfen; stelle eine Sicherung wieder her, falls du eine hast.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Profile...</source>
        <translation>&amp;Neues Profil...</translation>
    </message>
    <message>
        <source>&amp;Back Up Database...</source>
        <translation>Datenbank &amp;sichern...</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup...</source>
        <translation>Aus Sicherung &amp;wiederherstellen...</translation>
    </message>
    <message>
        <source>&amp;Export Activity as CSV...</source>
        <translation>Aktivität als CSV &amp;exportieren...</translation>
    </message>
    <message>
        <source>Monthly &amp;Statement...</source>
        <translation>&amp;Monatlicher Kontoauszug...</translation>
    </message>
    <message>
        <source>Export for &amp;hledger...</source>
        <translation>Für &amp;hledger exportieren...</translation>
    </message>
    <message>
        <source>Export for Bean&amp;count...</source>
        <translation>Für Bean&amp;count exportieren...</translation>
    </message>
    <message>
        <source>&amp;Verify Ledger</source>
        <translation>Hauptbuch &amp;prüfen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <source>&amp;Security and budget...</source>
        <translation>&amp;Sicherheit und Budget...</translation>
    </message>
    <message>
        <source>&amp;Lock Profile</source>
        <translation>&amp;Profil sperren</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About GiftDesk</source>
        <translation>Ü&amp;ber GiftDesk</translation>
    </message>
    <message>
        <source>&amp;Earnings ({count} new)</source>
        <translation>&amp;Einnahmen ({count} neu)</translation>
    </message>
    <message>
        <source>Still stopping; close again in a moment.</source>
        <translation>Wird noch beendet; schließe gleich noch einmal.</translation>
    </message>
</context>
<context>
    <name>MonthSpendingModel</name>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Cost you</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Creators</source>
        <translation>Creator</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>App store</source>
        <translation>App-Store</translation>
    </message>
    <message>
        <source>Coins</source>
        <translation>Münzen</translation>
    </message>
</context>
<context>
    <name>OnAirBox</name>
    <message>
        <source>LIVE now</source>
        <translation>Jetzt LIVE</translation>
    </message>
    <message>
        <source>Nobody is LIVE now. Rooms show here as creators go LIVE.</source>
        <translation>Gerade ist niemand LIVE. Räume erscheinen hier, sobald Creator LIVE gehen.</translation>
    </message>
    <message>
        <source>Nobody else is LIVE now.</source>
        <translation>Gerade ist sonst niemand LIVE.</translation>
    </message>
</context>
<context>
    <name>OnAirModel</name>
    <message>
        <source>Creator</source>
        <translation>Creator</translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation>LIVE</translation>
    </message>
    <message>
        <source>Gifters</source>
        <translation>Spender</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>The ledger is on {server}.</source>
        <translation>Das Hauptbuch liegt auf {server}.</translation>
    </message>
    <message>
        <source>About GiftDesk</source>
        <translation>Über GiftDesk</translation>
    </message>
    <message>
        <source>GiftDesk {version}

A desktop wallet for a virtual gift economy, with a double-entry ledger you can verify.

Rules {rules}
Python {python}, Qt {qt}, PySide6 {pyside}, SQLite {sqlite}</source>
        <translation>GiftDesk {version}

Eine Desktop-Wallet für eine virtuelle Geschenkökonomie, mit einem doppelten Hauptbuch, das du prüfen kannst.

Regeln {rules}
Python {python}, Qt {qt}, PySide6 {pyside}, SQLite {sqlite}</translation>
    </message>
    <message>
        <source>Back up database</source>
        <translation>Datenbank sichern</translation>
    </message>
    <message>
        <source>SQLite database (*.sqlite3 *.db)</source>
        <translation>SQLite-Datenbank (*.sqlite3 *.db)</translation>
    </message>
    <message>
        <source>Saved a verified copy to {path} ({count} checks passed).</source>
        <translation>Geprüfte Kopie in {path} gespeichert ({count} Prüfungen bestanden).</translation>
    </message>
    <message>
        <source>Backup done</source>
        <translation>Sicherung fertig</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Sicherung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Backup cancelled</source>
        <translation>Sicherung abgebrochen</translation>
    </message>
    <message>
        <source>Copying the database… {percent}%</source>
        <translation>Datenbank wird kopiert… {percent} %</translation>
    </message>
    <message>
        <source>Checking the copy: {name} ({number} of {total})…</source>
        <translation>Kopie wird geprüft: {name} ({number} von {total})…</translation>
    </message>
    <message>
        <source>Export activity</source>
        <translation>Aktivität exportieren</translation>
    </message>
    <message>
        <source>The Activity tab shows only the transactions its filter lets through ({filter}). Export those, or the whole history?</source>
        <translation>Der Reiter Aktivität zeigt nur die Transaktionen, die sein Filter durchlässt ({filter}). Diese exportieren oder den ganzen Verlauf?</translation>
    </message>
    <message>
        <source>What is shown</source>
        <translation>Das Angezeigte</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Exporting {done} of {total} rows…</source>
        <translation>{done} von {total} Zeilen werden exportiert…</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>Export abgebrochen</translation>
    </message>
    <message>
        <source>Could not save {path}: {reason}.</source>
        <translation>{path} konnte nicht gespeichert werden: {reason}.</translation>
    </message>
    <message>
        <source>Wrote 1 transaction to {path}.</source>
        <translation>1 Transaktion in {path} geschrieben.</translation>
    </message>
    <message>
        <source>Wrote {count} transactions to {path}.</source>
        <translation>{count} Transaktionen in {path} geschrieben.</translation>
    </message>
    <message>
        <source>Export done</source>
        <translation>Export fertig</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>This database is read-only: nothing can be restored into it.</source>
        <translation>Diese Datenbank ist schreibgeschützt: Es kann nichts in ihr wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>SQLite database (*.sqlite3 *.db);;All files (*)</source>
        <translation>SQLite-Datenbank (*.sqlite3 *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Checking the backup: {name} ({number} of {total})…</source>
        <translation>Sicherung wird geprüft: {name} ({number} von {total})…</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Wiederherstellung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Restore cancelled</source>
        <translation>Wiederherstellung abgebrochen</translation>
    </message>
    <message>
        <source>Restoring replaces {name}&apos;s profile</source>
        <translation>Wiederherstellen ersetzt das Profil von {name}</translation>
    </message>
    <message>
        <source> What was here before is kept in {path}.</source>
        <translation> Der vorherige Stand bleibt in {path} erhalten.</translation>
    </message>
    <message>
        <source>Restore done</source>
        <translation>Wiederherstellung fertig</translation>
    </message>
    <message>
        <source>Restored the backup {source}.</source>
        <translation>Die Sicherung {source} wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>the newest from {when}</source>
        <translation>die neueste vom {when}</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <source>1 profile</source>
        <translation>1 Profil</translation>
    </message>
    <message>
        <source>{n} profiles</source>
        <translation>{n} Profile</translation>
    </message>
    <message>
        <source>1 transaction</source>
        <translation>1 Transaktion</translation>
    </message>
    <message>
        <source>{n} transactions</source>
        <translation>{n} Transaktionen</translation>
    </message>
    <message>
        <source>Replace everything in this wallet with the backup {source}?

It passed all {count} checks and holds {profiles} and {transactions} ({newest}). Every profile, balance and transaction here now is replaced by the backup&apos;s.

What is here now is kept in a file beside the database, so this can be undone.</source>
        <translation>Alles in dieser Wallet durch die Sicherung {source} ersetzen?

Sie hat alle {count} Prüfungen bestanden und enthält {profiles} und {transactions} ({newest}). Jedes Profil, jedes Guthaben und jede Transaktion hier wird durch die der Sicherung ersetzt.

Der jetzige Stand wird in einer Datei neben der Datenbank aufbewahrt; das lässt sich also rückgängig machen.</translation>
    </message>
    <message>
        <source>Money that already moved after the backup was made stays as it is here:</source>
        <translation>Geld, das nach dem Erstellen der Sicherung schon bewegt wurde, bleibt wie hier:</translation>
    </message>
    <message>
        <source>and {n} more, listed in Activity after the restore</source>
        <translation>und {n} weitere, nach der Wiederherstellung in Aktivität aufgeführt</translation>
    </message>
    <message>
        <source>purchase {reference}: {profile} bought {coins} for {price}</source>
        <translation>Kauf {reference}: {profile} hat {coins} für {price} gekauft</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>bezahlt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>payout {reference}: {amount} to {profile}, {status}</source>
        <translation>Auszahlung {reference}: {amount} an {profile}, {status}</translation>
    </message>
    <message>
        <source>Verify ledger</source>
        <translation>Hauptbuch prüfen</translation>
    </message>
    <message>
        <source>Check {number} of {total}: {name}…</source>
        <translation>Prüfung {number} von {total}: {name}…</translation>
    </message>
    <message>
        <source>Verification failed</source>
        <translation>Prüfung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Verification cancelled</source>
        <translation>Prüfung abgebrochen</translation>
    </message>
    <message>
        <source>Ledger problems</source>
        <translation>Probleme im Hauptbuch</translation>
    </message>
    <message>
        <source>Ledger verified</source>
        <translation>Hauptbuch geprüft</translation>
    </message>
    <message>
        <source>All {count} checks passed.</source>
        <translation>Alle {count} Prüfungen bestanden.</translation>
    </message>
    <message>
        <source>hledger journals (*.journal *.hledger)</source>
        <translation>hledger-Journale (*.journal *.hledger)</translation>
    </message>
    <message>
        <source>Beancount files (*.beancount *.bean)</source>
        <translation>Beancount-Dateien (*.beancount *.bean)</translation>
    </message>
    <message>
        <source>Export for {format}</source>
        <translation>Für {format} exportieren</translation>
    </message>
    <message>
        <source>Writing the journal…</source>
        <translation>Journal wird geschrieben…</translation>
    </message>
    <message>
        <source>Wrote 1 transaction as a {format} journal to {path}.</source>
        <translation>1 Transaktion als {format}-Journal in {path} geschrieben.</translation>
    </message>
    <message>
        <source>Wrote {count} transactions as a {format} journal to {path}.</source>
        <translation>{count} Transaktionen als {format}-Journal in {path} geschrieben.</translation>
    </message>
    <message>
        <source>Monthly statement</source>
        <translation>Monatlicher Kontoauszug</translation>
    </message>
    <message>
        <source>The month of {name}&apos;s statement (in {name}&apos;s time zone):</source>
        <translation>Monat des Kontoauszugs von {name} (in der Zeitzone von {name}):</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Reading the month…</source>
        <translation>Monat wird gelesen…</translation>
    </message>
    <message>
        <source>Statement failed</source>
        <translation>Kontoauszug fehlgeschlagen</translation>
    </message>
    <message>
        <source>Statement cancelled</source>
        <translation>Kontoauszug abgebrochen</translation>
    </message>
    <message>
        <source>Statement saved</source>
        <translation>Kontoauszug gespeichert</translation>
    </message>
    <message>
        <source>Saved {name}&apos;s statement for {month} to {path}.</source>
        <translation>Kontoauszug von {name} für {month} in {path} gespeichert.</translation>
    </message>
</context>
<context>
    <name>PackageBox</name>
    <message>
        <source>2. How many coins</source>
        <translation>2. Wie viele Münzen</translation>
    </message>
    <message>
        <source>Custom amount</source>
        <translation>Eigene Menge</translation>
    </message>
    <message>
        <source>{low} to {high} coins</source>
        <translation>{low} bis {high} Münzen</translation>
    </message>
    <message>
        <source>Custom amount in coins</source>
        <translation>Eigene Menge in Münzen</translation>
    </message>
    <message>
        <source>C&amp;ustom amount:</source>
        <translation>E&amp;igene Menge:</translation>
    </message>
    <message>
        <source>The price per coin is about the same in every package: bigger bundles do not save money.</source>
        <translation>Der Preis pro Münze ist in jedem Paket etwa gleich: Größere Pakete sparen kein Geld.</translation>
    </message>
    <message>
        <source>Web: {price}
{saving} less there</source>
        <translation>Web: {price}
{saving} weniger dort</translation>
    </message>
    <message>
        <source>App: {price}
you save {saving}</source>
        <translation>App: {price}
du sparst {saving}</translation>
    </message>
    <message>
        <source>{price} / 100 coins</source>
        <translation>{price} / 100 Münzen</translation>
    </message>
    <message>
        <source>Custom
amount
(web only)</source>
        <translation>Eigene
Menge
(nur Web)</translation>
    </message>
    <message>
        <source>{price} on the web, {saving} less there</source>
        <translation>{price} im Web, dort {saving} weniger</translation>
    </message>
    <message>
        <source>{price} in the app, so you save {saving}</source>
        <translation>{price} in der App, du sparst also {saving}</translation>
    </message>
    <message>
        <source>{coins} for {price}, {per_100} per 100 coins; {other}</source>
        <translation>{coins} für {price}, {per_100} pro 100 Münzen; {other}</translation>
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
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Aktuelles Passwort</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>{low} to {high} characters</source>
        <translation>{low} bis {high} Zeichen</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>Neues Passwort wiederholen</translation>
    </message>
    <message>
        <source>Remove password</source>
        <translation>Passwort entfernen</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>Aktuelles Passwort:</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>Neues Passwort:</translation>
    </message>
    <message>
        <source>Repeat new password:</source>
        <translation>Neues Passwort wiederholen:</translation>
    </message>
    <message>
        <source>{name} has a password: the window asks for it before showing this profile, and before any change on this page.</source>
        <translation>{name} hat ein Passwort: Das Fenster fragt danach, bevor es dieses Profil zeigt und bevor auf dieser Seite etwas geändert wird.</translation>
    </message>
    <message>
        <source>No password: anyone using this computer can open {name}. With one, GiftDesk asks for it whenever the window switches to this profile.</source>
        <translation>Kein Passwort: Jeder an diesem Computer kann {name} öffnen. Mit Passwort fragt GiftDesk danach, sobald das Fenster zu diesem Profil wechselt.</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Passwort festlegen</translation>
    </message>
    <message>
        <source>The two new passwords differ: type them again.</source>
        <translation>Die beiden neuen Passwörter stimmen nicht überein: Gib sie erneut ein.</translation>
    </message>
    <message>
        <source>Password not changed</source>
        <translation>Passwort nicht geändert</translation>
    </message>
    <message>
        <source>Password saved. GiftDesk will ask for it when the window switches to this profile.</source>
        <translation>Passwort gespeichert. GiftDesk fragt danach, wenn das Fenster zu diesem Profil wechselt.</translation>
    </message>
    <message>
        <source>Password not removed</source>
        <translation>Passwort nicht entfernt</translation>
    </message>
</context>
<context>
    <name>PayoutsModel</name>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Bank</translation>
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
        <translation>Angefordert</translation>
    </message>
    <message>
        <source>Diamonds</source>
        <translation>Diamanten</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
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
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Diamonds</source>
        <translation>Diamanten</translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation>Geschenke</translation>
    </message>
</context>
<context>
    <name>PeriodSwitch</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dieses Jahr</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Insgesamt</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Peri&amp;od:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Welcome to GiftDesk</source>
        <translation>Willkommen bei GiftDesk</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <source>&lt;b&gt;Welcome!&lt;/b&gt; GiftDesk shows what coins really cost and what creators really receive, before you pay. Start by creating your profile.</source>
        <translation>&lt;b&gt;Willkommen!&lt;/b&gt; GiftDesk zeigt, was Münzen wirklich kosten und was Creator wirklich bekommen, bevor du zahlst. Lege zuerst dein Profil an.</translation>
    </message>
    <message>
        <source>Create another viewer or creator profile.</source>
        <translation>Lege ein weiteres Zuschauer- oder Creator-Profil an.</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>Birthdate</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Viewer: buy coins and send gifts</source>
        <translation>Zuschauer: kauft Münzen und sendet Geschenke</translation>
    </message>
    <message>
        <source>Creator: also receive gifts and cash out (18+)</source>
        <translation>Creator: erhält auch Geschenke und zahlt aus (18+)</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>The profile&apos;s budget days and age are counted in this zone, whatever the computer is set to later. Changing it needs the profile&apos;s password.</source>
        <translation>Budgettage und Alter des Profils zählen in dieser Zone, egal wie der Computer später eingestellt ist. Eine Änderung braucht das Passwort des Profils.</translation>
    </message>
    <message>
        <source>Add a demo economy to explore (three creators, fans and a funded Demo Viewer)</source>
        <translation>Eine Demo-Ökonomie zum Ausprobieren hinzufügen (drei Creator, Fans und ein Demo Viewer mit Guthaben)</translation>
    </message>
    <message>
        <source>Buying and sending gifts needs age {age} or older; anyone can browse.</source>
        <translation>Kaufen und Geschenke senden erst ab {age} Jahren; ansehen kann jeder.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Birthdate:</source>
        <translation>Geburtsdatum:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Zeitzone:</translation>
    </message>
    <message>
        <source>Create profile</source>
        <translation>Profil anlegen</translation>
    </message>
    <message>
        <source>Restore a backup...</source>
        <translation>Sicherung wiederherstellen...</translation>
    </message>
</context>
<context>
    <name>ProfileSwitcher</name>
    <message>
        <source> (creator)</source>
        <translation> (Creator)</translation>
    </message>
    <message>
        <source>{name} is locked</source>
        <translation>{name} ist gesperrt</translation>
    </message>
    <message>
        <source>Password for {name}:</source>
        <translation>Passwort für {name}:</translation>
    </message>
    <message>
        <source>Not unlocked</source>
        <translation>Nicht entsperrt</translation>
    </message>
    <message>
        <source>Lock profile</source>
        <translation>Profil sperren</translation>
    </message>
    <message>
        <source>This profile has no password to lock it with. Set one in Profile &gt; Security and budget.</source>
        <translation>Dieses Profil hat kein Passwort, mit dem es gesperrt werden könnte. Lege eines fest unter Profil &gt; Sicherheit und Budget.</translation>
    </message>
</context>
<context>
    <name>QuoteBox</name>
    <message>
        <source>Cheapest way to N coins</source>
        <translation>Am günstigsten zu N Münzen</translation>
    </message>
    <message>
        <source>Coins wanted</source>
        <translation>Gewünschte Münzen</translation>
    </message>
    <message>
        <source>Find cheapest</source>
        <translation>Günstigstes finden</translation>
    </message>
    <message>
        <source>Type how many coins you need: GiftDesk finds the cheapest mix of packages and a custom amount, on either channel.</source>
        <translation>Gib ein, wie viele Münzen du brauchst: GiftDesk findet die günstigste Mischung aus Paketen und einer eigenen Menge, auf beiden Kanälen.</translation>
    </message>
    <message>
        <source>Cheapest way</source>
        <translation>Am günstigsten</translation>
    </message>
    <message>
        <source>e.g. {coins}</source>
        <translation>z. B. {coins}</translation>
    </message>
    <message>
        <source>Type how many coins you need (at least 1).</source>
        <translation>Gib ein, wie viele Münzen du brauchst (mindestens 1).</translation>
    </message>
    <message>
        <source>&lt;b&gt;{price}&lt;/b&gt; on the {channel} channel for {coins}:</source>
        <translation>&lt;b&gt;{price}&lt;/b&gt; über den Kanal {channel} für {coins}:</translation>
    </message>
    <message>
        <source>{count} x {coins}-coin custom amount at {price}</source>
        <translation>{count} x eigene Menge von {coins} Münzen zu {price}</translation>
    </message>
    <message>
        <source>{count} x {coins}-coin package at {price}</source>
        <translation>{count} x Paket mit {coins} Münzen zu {price}</translation>
    </message>
    <message>
        <source>The app channel would cost {price}.</source>
        <translation>Der App-Kanal würde {price} kosten.</translation>
    </message>
</context>
<context>
    <name>ReceiptLabel</name>
    <message>
        <source>Receipt</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>Your receipt appears here after you pay.</source>
        <translation>Dein Beleg erscheint hier, nachdem du bezahlt hast.</translation>
    </message>
    <message>
        <source>{brand} ending {last4}</source>
        <translation>{brand}, Endziffern {last4}</translation>
    </message>
    <message>
        <source>&lt;br&gt;Bonus: {coins}</source>
        <translation>&lt;br&gt;Bonus: {coins}</translation>
    </message>
    <message>
        <source>&lt;br&gt;App-store fee inside the price: {fee}</source>
        <translation>&lt;br&gt;App-Store-Gebühr im Preis enthalten: {fee}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Receipt {transaction}&lt;/b&gt;&lt;br&gt;{profile} bought {coins} on the {channel} channel.{bonus}&lt;br&gt;Paid: &lt;b&gt;{price}&lt;/b&gt; with {paid_with}{fee}&lt;br&gt;New balance: &lt;b&gt;{balance}&lt;/b&gt;&lt;br&gt;Payment reference: {reference}</source>
        <translation>&lt;b&gt;Beleg {transaction}&lt;/b&gt;&lt;br&gt;{profile} hat {coins} über den Kanal {channel} gekauft.{bonus}&lt;br&gt;Bezahlt: &lt;b&gt;{price}&lt;/b&gt; mit {paid_with}{fee}&lt;br&gt;Neues Guthaben: &lt;b&gt;{balance}&lt;/b&gt;&lt;br&gt;Zahlungsreferenz: {reference}</translation>
    </message>
    <message>
        <source>app</source>
        <translation>App</translation>
    </message>
    <message>
        <source>web</source>
        <translation>Web</translation>
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
        <translation>Video</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>Geschenk</translation>
    </message>
    <message>
        <source>Coins</source>
        <translation>Münzen</translation>
    </message>
    <message>
        <source>Diamonds</source>
        <translation>Diamanten</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
</context>
<context>
    <name>RechargeTab</name>
    <message>
        <source>App store</source>
        <translation>App-Store</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>PayPal</source>
        <translation>PayPal</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Zahlungsmethode</translation>
    </message>
    <message>
        <source>Purchase summary</source>
        <translation>Kaufübersicht</translation>
    </message>
    <message>
        <source>Buy coins</source>
        <translation>Münzen kaufen</translation>
    </message>
    <message>
        <source>3. Pay</source>
        <translation>3. Bezahlen</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Methode:</translation>
    </message>
    <message>
        <source>Card:</source>
        <translation>Karte:</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>Sandbox payments: no real money moves.</source>
        <translation>Sandbox-Zahlungen: Es fließt kein echtes Geld.</translation>
    </message>
    <message>
        <source>GiftDesk keeps only the card brand and last four digits.</source>
        <translation>GiftDesk speichert nur die Kartenmarke und die letzten vier Ziffern.</translation>
    </message>
    <message>
        <source>Type a custom amount.</source>
        <translation>Gib eine eigene Menge ein.</translation>
    </message>
    <message>
        <source>{coins} first-purchase bonus</source>
        <translation>{coins} Erstkaufbonus</translation>
    </message>
    <message>
        <source>{coins} {promotions} bonus</source>
        <translation>{coins} Bonus {promotions}</translation>
    </message>
    <message>
        <source> (the app store keeps {fee})</source>
        <translation> (der App-Store behält {fee})</translation>
    </message>
    <message>
        <source>{coins}{bonus} = &lt;b&gt;{total}&lt;/b&gt;</source>
        <translation>{coins}{bonus} = &lt;b&gt;{total}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>You pay &lt;b&gt;{price}&lt;/b&gt;{fee}. You get {got}.</source>
        <translation>Du zahlst &lt;b&gt;{price}&lt;/b&gt;{fee}. Du bekommst {got}.</translation>
    </message>
    <message>
        <source>Above your two-step threshold: you will be asked for a code.</source>
        <translation>Über deiner Zwei-Schritt-Schwelle: Du wirst nach einem Code gefragt.</translation>
    </message>
    <message>
        <source>Purchase refused</source>
        <translation>Kauf abgelehnt</translation>
    </message>
    <message>
        <source>Two-step check</source>
        <translation>Zwei-Schritt-Prüfung</translation>
    </message>
    <message>
        <source>This purchase ({price}) is above your two-step threshold. Enter the 6-digit code from your authenticator app:</source>
        <translation>Dieser Kauf ({price}) liegt über deiner Zwei-Schritt-Schwelle. Gib den 6-stelligen Code aus deiner Authenticator-App ein:</translation>
    </message>
</context>
<context>
    <name>Room</name>
    <message>
        <source>Time on air</source>
        <translation>Sendezeit</translation>
    </message>
    <message>
        <source>Diamonds this LIVE</source>
        <translation>Diamanten in diesem LIVE</translation>
    </message>
    <message>
        <source>Gifts this LIVE</source>
        <translation>Geschenke in diesem LIVE</translation>
    </message>
    <message>
        <source>Gifters</source>
        <translation>Spender</translation>
    </message>
    <message>
        <source>Your place</source>
        <translation>Dein Platz</translation>
    </message>
    <message>
        <source>Goal progress</source>
        <translation>Zielfortschritt</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Gift feed</source>
        <translation>Geschenk-Feed</translation>
    </message>
    <message>
        <source>Latest gift</source>
        <translation>Letztes Geschenk</translation>
    </message>
    <message>
        <source>Viewer ranking</source>
        <translation>Zuschauer-Rangliste</translation>
    </message>
    <message>
        <source>No gifts yet: they show here as they arrive.</source>
        <translation>Noch keine Geschenke: Sie erscheinen hier, sobald sie eintreffen.</translation>
    </message>
    <message>
        <source>No gifters yet.</source>
        <translation>Noch keine Spender.</translation>
    </message>
    <message>
        <source>{sender} sent {gift}{times}</source>
        <translation>{sender} hat {gift}{times} gesendet</translation>
    </message>
    <message>
        <source> (and {count} more)</source>
        <translation> (und {count} weitere)</translation>
    </message>
    <message>
        <source>Gifts play here as they arrive.</source>
        <translation>Geschenke werden hier abgespielt, sobald sie eintreffen.</translation>
    </message>
    <message>
        <source>This LIVE has ended.</source>
        <translation>Dieses LIVE ist beendet.</translation>
    </message>
    <message>
        <source>&lt;b&gt;1&lt;/b&gt; diamond</source>
        <translation>&lt;b&gt;1&lt;/b&gt; Diamant</translation>
    </message>
    <message>
        <source>&lt;b&gt;{diamonds}&lt;/b&gt; diamonds</source>
        <translation>&lt;b&gt;{diamonds}&lt;/b&gt; Diamanten</translation>
    </message>
    <message>
        <source>&lt;b&gt;1&lt;/b&gt; gift</source>
        <translation>&lt;b&gt;1&lt;/b&gt; Geschenk</translation>
    </message>
    <message>
        <source>&lt;b&gt;{gifts}&lt;/b&gt; gifts</source>
        <translation>&lt;b&gt;{gifts}&lt;/b&gt; Geschenke</translation>
    </message>
    <message>
        <source>&lt;b&gt;1&lt;/b&gt; gifter</source>
        <translation>&lt;b&gt;1&lt;/b&gt; Spender</translation>
    </message>
    <message>
        <source>&lt;b&gt;{gifters}&lt;/b&gt; gifters</source>
        <translation>&lt;b&gt;{gifters}&lt;/b&gt; Spender</translation>
    </message>
    <message>
        <source>No goal for this LIVE</source>
        <translation>Kein Ziel für dieses LIVE</translation>
    </message>
    <message>
        <source>Goal: {diamonds} of {goal}</source>
        <translation>Ziel: {diamonds} von {goal}</translation>
    </message>
    <message>
        <source>(reached)</source>
        <translation>(erreicht)</translation>
    </message>
    <message>
        <source>Send a gift to join the ranking</source>
        <translation>Sende ein Geschenk, um in die Rangliste zu kommen</translation>
    </message>
    <message>
        <source>You are &lt;b&gt;#{place}&lt;/b&gt; with {coins}</source>
        <translation>Dein Platz: &lt;b&gt;#{place}&lt;/b&gt; mit {coins}</translation>
    </message>
    <message>
        <source>On air {time}</source>
        <translation>Auf Sendung: {time}</translation>
    </message>
    <message>
        <source>Was on air {time}</source>
        <translation>Sendezeit: {time}</translation>
    </message>
</context>
<context>
    <name>SecurityDialog</name>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Enter the profile&apos;s password to {doing}:</source>
        <translation>Gib das Passwort des Profils ein, um {doing}:</translation>
    </message>
    <message>
        <source>Two-step check</source>
        <translation>Zwei-Schritt-Prüfung</translation>
    </message>
    <message>
        <source>Enter the 6-digit code from your authenticator app to {doing}:</source>
        <translation>Gib den 6-stelligen Code aus deiner Authenticator-App ein, um {doing}:</translation>
    </message>
    <message>
        <source>Security and budget: {name}</source>
        <translation>Sicherheit und Budget: {name}</translation>
    </message>
</context>
<context>
    <name>SendBar</name>
    <message>
        <source>Send gift</source>
        <translation>Geschenk senden</translation>
    </message>
    <message>
        <source>Send gift (Ctrl+Enter)</source>
        <translation>Geschenk senden (Strg+Enter)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo last gift</source>
        <translation>Letztes Geschenk rückgängig machen</translation>
    </message>
    <message>
        <source>Undo the last gift (Ctrl+Z)</source>
        <translation>Letztes Geschenk rückgängig machen (Strg+Z)</translation>
    </message>
    <message>
        <source>Undo ({seconds} s)</source>
        <translation>Rückgängig ({seconds} s)</translation>
    </message>
    <message>
        <source>Undo {gift} to {creator}, {seconds} seconds left</source>
        <translation>{gift} an {creator} rückgängig machen, noch {seconds} Sekunden</translation>
    </message>
</context>
<context>
    <name>SpendingChartBox</name>
    <message>
        <source>Money spent per month</source>
        <translation>Ausgaben pro Monat</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Show the months as a table</source>
        <translation>Monate als Tabelle zeigen</translation>
    </message>
    <message>
        <source>Chart legend</source>
        <translation>Diagrammlegende</translation>
    </message>
    <message>
        <source>Spending chart</source>
        <translation>Ausgaben-Diagramm</translation>
    </message>
    <message>
        <source>Chosen month</source>
        <translation>Gewählter Monat</translation>
    </message>
    <message>
        <source>No gifts sent in these 12 months: what they cost and where the money went will show here.</source>
        <translation>Keine Geschenke in diesen 12 Monaten: Hier erscheint, was sie kosten und wohin das Geld geht.</translation>
    </message>
    <message>
        <source>Dashed line: your monthly budget of {coins}, about {price} at web prices.</source>
        <translation>Gestrichelte Linie: dein Monatsbudget von {coins}, etwa {price} zu Web-Preisen.</translation>
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
        <translation>MMMM yyyy</translation>
    </message>
    <message>
        <source>{month}: no gifts</source>
        <translation>{month}: keine Geschenke</translation>
    </message>
    <message>
        <source>{month}: {paid} ({coins}): creators {creator}, the platform {platform}, the app store {store}</source>
        <translation>{month}: {paid} ({coins}): Creator {creator}, die Plattform {platform}, der App-Store {store}</translation>
    </message>
    <message>
        <source>Creators</source>
        <translation>Creator</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>App store</source>
        <translation>App-Store</translation>
    </message>
</context>
<context>
    <name>SpendingTab</name>
    <message>
        <source>Coins not yet spent</source>
        <translation>Noch nicht ausgegebene Münzen</translation>
    </message>
    <message>
        <source>Spending by creator</source>
        <translation>Ausgaben nach Creator</translation>
    </message>
    <message>
        <source>By creator</source>
        <translation>Nach Creator</translation>
    </message>
    <message>
        <source>Choose a profile to see its spending.</source>
        <translation>Wähle ein Profil, um seine Ausgaben zu sehen.</translation>
    </message>
    <message>
        <source>Not yet spent: &lt;b&gt;{coins}&lt;/b&gt;, which cost you {cents}.</source>
        <translation>Noch nicht ausgegeben: &lt;b&gt;{coins}&lt;/b&gt;, die dich {cents} gekostet haben.</translation>
    </message>
    <message>
        <source>By creator, {month}</source>
        <translation>Nach Creator, {month}</translation>
    </message>
    <message>
        <source>No gifts sent in {month}.</source>
        <translation>Im {month} keine Geschenke gesendet.</translation>
    </message>
</context>
<context>
    <name>SummaryBox</name>
    <message>
        <source>Your LIVE has ended</source>
        <translation>Dein LIVE ist beendet</translation>
    </message>
    <message>
        <source>LIVE summary</source>
        <translation>LIVE-Übersicht</translation>
    </message>
    <message>
        <source>{creator}&apos;s LIVE has ended</source>
        <translation>Das LIVE von {creator} ist beendet</translation>
    </message>
    <message>
        <source>Time on air: {time}</source>
        <translation>Sendezeit: {time}</translation>
    </message>
    <message>
        <source>Diamonds: {diamonds} ({value})</source>
        <translation>Diamanten: {diamonds} ({value})</translation>
    </message>
    <message>
        <source>Gifts: {gifts} from 1 gifter</source>
        <translation>Geschenke: {gifts} von 1 Spender</translation>
    </message>
    <message>
        <source>Gifts: {gifts} from {gifters} gifters</source>
        <translation>Geschenke: {gifts} von {gifters} Spendern</translation>
    </message>
    <message>
        <source>Top gifters: {top}</source>
        <translation>Top-Spender: {top}</translation>
    </message>
    <message>
        <source>No gifts this time.</source>
        <translation>Diesmal keine Geschenke.</translation>
    </message>
    <message>
        <source>Goal of {goal} reached.</source>
        <translation>Ziel von {goal} erreicht.</translation>
    </message>
    <message>
        <source>Goal of {goal} not reached.</source>
        <translation>Ziel von {goal} nicht erreicht.</translation>
    </message>
</context>
<context>
    <name>SupportersBox</name>
    <message>
        <source>Top supporters</source>
        <translation>Top-Unterstützer</translation>
    </message>
    <message>
        <source>No gifts for {name} today: the first one you send puts you on top.</source>
        <translation>Heute noch keine Geschenke für {name}: Mit dem ersten, das du sendest, stehst du ganz oben.</translation>
    </message>
    <message>
        <source>No gifts for {name} this week: the first one you send puts you on top.</source>
        <translation>Diese Woche noch keine Geschenke für {name}: Mit dem ersten, das du sendest, stehst du ganz oben.</translation>
    </message>
    <message>
        <source>No gifts for {name} this month: the first one you send puts you on top.</source>
        <translation>Diesen Monat noch keine Geschenke für {name}: Mit dem ersten, das du sendest, stehst du ganz oben.</translation>
    </message>
    <message>
        <source>No gifts for {name} this year: the first one you send puts you on top.</source>
        <translation>Dieses Jahr noch keine Geschenke für {name}: Mit dem ersten, das du sendest, stehst du ganz oben.</translation>
    </message>
    <message>
        <source>No gifts for {name} yet: the first one you send puts you on top.</source>
        <translation>Noch keine Geschenke für {name}: Mit dem ersten, das du sendest, stehst du ganz oben.</translation>
    </message>
    <message>
        <source>Choose a creator to see who supports them.</source>
        <translation>Wähle einen Creator, um zu sehen, wer ihn unterstützt.</translation>
    </message>
    <message>
        <source>{name}&apos;s top supporters</source>
        <translation>Top-Unterstützer von {name}</translation>
    </message>
</context>
<context>
    <name>ThresholdForm</name>
    <message>
        <source>e.g. {amount}</source>
        <translation>z. B. {amount}</translation>
    </message>
    <message>
        <source>Purchase threshold in dollars</source>
        <translation>Kaufschwelle in Dollar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save purchase threshold</source>
        <translation>Kaufschwelle speichern</translation>
    </message>
    <message>
        <source>No code for purchases</source>
        <translation>Kein Code für Käufe</translation>
    </message>
    <message>
        <source>Ask for a code for purchases over $</source>
        <translation>Code verlangen für Käufe über $</translation>
    </message>
    <message>
        <source>No purchase needs a code.</source>
        <translation>Kein Kauf braucht einen Code.</translation>
    </message>
    <message>
        <source>Purchases over {amount} need a code{when}.</source>
        <translation>Käufe über {amount} brauchen einen Code{when}.</translation>
    </message>
    <message>
        <source> once two-step is on</source>
        <translation>, sobald die Zwei-Schritt-Prüfung an ist</translation>
    </message>
    <message>
        <source>Purchase threshold</source>
        <translation>Kaufschwelle</translation>
    </message>
    <message>
        <source>Type an amount in dollars, such as {whole} or {cents}.</source>
        <translation>Gib einen Betrag in Dollar ein, etwa {whole} oder {cents}.</translation>
    </message>
    <message>
        <source>change the purchase threshold</source>
        <translation>die Kaufschwelle zu ändern</translation>
    </message>
    <message>
        <source>let more purchases through without one</source>
        <translation>mehr Käufe ohne Code zuzulassen</translation>
    </message>
    <message>
        <source>Threshold not changed</source>
        <translation>Schwelle nicht geändert</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
</context>
<context>
    <name>TrayNotifier</name>
    <message>
        <source>Tray &amp;Notifications</source>
        <translation>&amp;Benachrichtigungen im Infobereich</translation>
    </message>
    <message>
        <source>For creators: a message by the clock when a gift of 1,000 coins or more arrives, or a LIVE&apos;s goal is reached, while GiftDesk is not in front.</source>
        <translation>Für Creator: eine Nachricht neben der Uhr, wenn ein Geschenk ab 1.000 Münzen eintrifft oder das Ziel eines LIVEs erreicht ist, während GiftDesk nicht im Vordergrund ist.</translation>
    </message>
    <message>
        <source>{count} big gifts</source>
        <translation>{count} große Geschenke</translation>
    </message>
    <message>
        <source>{coins} in all, from {senders}.</source>
        <translation>Insgesamt {coins}, von {senders}.</translation>
    </message>
    <message>
        <source>{sender} sent you {gift}{times}</source>
        <translation>{sender} hat dir {gift}{times} gesendet</translation>
    </message>
    <message>
        <source>{coins}: {diamonds} for you.</source>
        <translation>{coins}: {diamonds} für dich.</translation>
    </message>
    <message>
        <source>LIVE goal reached</source>
        <translation>LIVE-Ziel erreicht</translation>
    </message>
    <message>
        <source>Your LIVE has {diamonds} of its {goal} goal.</source>
        <translation>Dein LIVE hat {diamonds} von {goal} erreicht.</translation>
    </message>
</context>
<context>
    <name>TwoStepBox</name>
    <message>
        <source>6 digits</source>
        <translation>6 Ziffern</translation>
    </message>
    <message>
        <source>Two-step check</source>
        <translation>Zwei-Schritt-Prüfung</translation>
    </message>
    <message>
        <source>Turn on two-step...</source>
        <translation>Zwei-Schritt einschalten...</translation>
    </message>
    <message>
        <source>Turn on two-step check</source>
        <translation>Zwei-Schritt-Prüfung einschalten</translation>
    </message>
    <message>
        <source>Code from the app, to turn two-step off</source>
        <translation>Code aus der App, um Zwei-Schritt auszuschalten</translation>
    </message>
    <message>
        <source>Turn off two-step</source>
        <translation>Zwei-Schritt ausschalten</translation>
    </message>
    <message>
        <source>Turn off two-step check</source>
        <translation>Zwei-Schritt-Prüfung ausschalten</translation>
    </message>
    <message>
        <source>Code the app shows:</source>
        <translation>Code aus der App:</translation>
    </message>
    <message>
        <source>QR code for your authenticator app</source>
        <translation>QR-Code für deine Authenticator-App</translation>
    </message>
    <message>
        <source>Two-step secret</source>
        <translation>Zwei-Schritt-Geheimnis</translation>
    </message>
    <message>
        <source>Code from the app, to confirm</source>
        <translation>Code aus der App, zum Bestätigen</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Confirm two-step</source>
        <translation>Zwei-Schritt bestätigen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel turning on two-step</source>
        <translation>Einschalten von Zwei-Schritt abbrechen</translation>
    </message>
    <message>
        <source>Scan the code with an authenticator app (Aegis, Google Authenticator, 1Password, ...) or type this secret into it:</source>
        <translation>Scanne den Code mit einer Authenticator-App (Aegis, Google Authenticator, 1Password, ...) oder gib dort dieses Geheimnis ein:</translation>
    </message>
    <message>
        <source>payouts, and purchases above the amount below,</source>
        <translation>Auszahlungen und Käufe über dem Betrag unten</translation>
    </message>
    <message>
        <source>purchases above the amount below</source>
        <translation>Käufe über dem Betrag unten</translation>
    </message>
    <message>
        <source>On: {guarded} need a 6-digit code from your authenticator app.</source>
        <translation>An: {guarded} brauchen einen 6-stelligen Code aus deiner Authenticator-App.</translation>
    </message>
    <message>
        <source>Off. With two-step on, {guarded} need a 6-digit code from an authenticator app on your phone.</source>
        <translation>Aus. Mit Zwei-Schritt brauchen {guarded} einen 6-stelligen Code aus einer Authenticator-App auf deinem Handy.</translation>
    </message>
    <message>
        <source>Two-step</source>
        <translation>Zwei-Schritt</translation>
    </message>
    <message>
        <source>turn on two-step</source>
        <translation>die Zwei-Schritt-Prüfung einzuschalten</translation>
    </message>
    <message>
        <source>Two-step not turned on</source>
        <translation>Zwei-Schritt nicht eingeschaltet</translation>
    </message>
    <message>
        <source>turn off two-step</source>
        <translation>die Zwei-Schritt-Prüfung auszuschalten</translation>
    </message>
    <message>
        <source>Two-step not turned off</source>
        <translation>Zwei-Schritt nicht ausgeschaltet</translation>
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
        <translation>Etwas ist schiefgegangen: {error}

Nichts Gespeichertes ist verloren. Die Details stehen in {where}.</translation>
    </message>
    <message>
        <source>{asked}.

Password:</source>
        <translation>{asked}.

Passwort:</translation>
    </message>
</context>
<context>
    <name>theme</name>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
</context>
</TS>
