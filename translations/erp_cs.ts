<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cs_CZ">
<context>
    <name>Access</name>
    <message>
        <source>%1: &quot;$user&quot; stands only for a reference to a user</source>
        <translation>%1: „$user“ lze použít jen u odkazu na uživatele</translation>
    </message>
    <message>
        <source>role: not a role</source>
        <translation>role: taková role neexistuje</translation>
    </message>
    <message>
        <source>kind: not a catalog or document</source>
        <translation>kind: takový katalog ani doklad neexistuje</translation>
    </message>
    <message>
        <source>rules: an array of {field, op, value} is required (empty: no restriction)</source>
        <translation>rules: je třeba pole {field, op, value} (prázdné: bez omezení)</translation>
    </message>
    <message>
        <source>%1.field: no field &quot;%2&quot; of %3</source>
        <translation>%1.field: %3 nemá pole „%2“</translation>
    </message>
    <message>
        <source>%1.op: unknown operator &quot;%2&quot;</source>
        <translation>%1.op: neznámý operátor „%2“</translation>
    </message>
    <message>
        <source>%1.value: &quot;in&quot; needs an array of values</source>
        <translation>%1.value: „in“ vyžaduje pole hodnot</translation>
    </message>
</context>
<context>
    <name>Accounting</name>
    <message>
        <source>organization: there is no organization with id %1</source>
        <translation>organization: organizace s id %1 neexistuje</translation>
    </message>
</context>
<context>
    <name>AnalyticsText</name>
    <message>
        <source>b: a and b together must be less than 100 %</source>
        <translation>b: a a b dohromady musí být méně než 100 %</translation>
    </message>
    <message>
        <source>y: must be greater than x</source>
        <translation>y: musí být větší než x</translation>
    </message>
    <message>
        <source>%1: give one of partner, product and manager, not several</source>
        <translation>%1: zadejte jen jedno z partner, produkt a manažer, ne více</translation>
    </message>
    <message>
        <source>to: must not be before from</source>
        <translation>to: nesmí být před začátkem období</translation>
    </message>
</context>
<context>
    <name>Attributes</name>
    <message>
        <source>name: &quot;%1&quot; is not a lowercase identifier (a-z, 0-9, _) of at most %2 characters</source>
        <translation>name: „%1“ není identifikátor psaný malými písmeny (a-z, 0-9, _) o délce nejvýše %2 znaků</translation>
    </message>
    <message>
        <source>kind: &quot;%1&quot; takes no additional attributes (these do: %2)</source>
        <translation>kind: „%1“ nepodporuje doplňkové údaje (podporují je: %2)</translation>
    </message>
    <message>
        <source>name: %1 already has a field &quot;%2&quot;</source>
        <translation>name: %1 už má pole „%2“</translation>
    </message>
    <message>
        <source>name: %1 has a deleted attribute &quot;%2&quot; (its values are kept); restore it instead</source>
        <translation>name: %1 má smazaný doplňkový údaj „%2“ (jeho hodnoty zůstaly zachovány); obnovte jej</translation>
    </message>
    <message>
        <source>name: %1 already has an attribute &quot;%2&quot;</source>
        <translation>name: %1 už má doplňkový údaj „%2“</translation>
    </message>
    <message>
        <source>length: a string attribute needs a length from 1 to %1</source>
        <translation>length: textový doplňkový údaj potřebuje délku od 1 do %1</translation>
    </message>
    <message>
        <source>precision: a number has from 1 to 18 digits</source>
        <translation>precision: číslo má 1 až 18 číslic</translation>
    </message>
    <message>
        <source>scale: at most the precision (%1)</source>
        <translation>scale: nejvýše přesnost (%1)</translation>
    </message>
    <message>
        <source>target: &quot;%1&quot; is not a catalog</source>
        <translation>target: „%1“ není katalog</translation>
    </message>
    <message>
        <source>items: an enum attribute needs its values</source>
        <translation>items: doplňkový údaj typu výčet potřebuje své hodnoty</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a lowercase identifier</source>
        <translation>%1: „%2“ není identifikátor psaný malými písmeny</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is given twice</source>
        <translation>%1: „%2“ je uvedeno dvakrát</translation>
    </message>
    <message>
        <source>%1: cannot change once the attribute exists (its column holds values); add a new attribute instead</source>
        <translation>%1: nelze změnit, jakmile doplňkový údaj existuje (jeho sloupec obsahuje hodnoty); místo toho přidejte nový doplňkový údaj</translation>
    </message>
    <message>
        <source>length: may grow, never shrink (it is %1)</source>
        <translation>length: lze zvětšit, nikdy zmenšit (nyní %1)</translation>
    </message>
</context>
<context>
    <name>Auth</name>
    <message>
        <source>wrong user name or password</source>
        <translation>nesprávné uživatelské jméno nebo heslo</translation>
    </message>
    <message>
        <source>oldPassword: is not your current password</source>
        <translation>oldPassword: neodpovídá vašemu současnému heslu</translation>
    </message>
</context>
<context>
    <name>Availability</name>
    <message>
        <source>In stock</source>
        <translation>Skladem</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Rezervováno</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Volné</translation>
    </message>
</context>
<context>
    <name>CatalogStore</name>
    <message>
        <source>%1: unknown field &quot;%2&quot; of %3</source>
        <translation>%1: katalog %3 nemá pole „%2“</translation>
    </message>
    <message>
        <source>%1: long text fields cannot be filtered</source>
        <translation>%1: podle dlouhých textových polí nelze filtrovat</translation>
    </message>
    <message>
        <source>%1: &quot;in&quot; needs an array of 1 to 1000 values</source>
        <translation>%1: operátor &quot;in&quot; vyžaduje seznam 1 až 1000 hodnot</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; works on string fields with a string value</source>
        <translation>%1: operátor „%2“ lze použít jen pro textová pole s textovou hodnotou</translation>
    </message>
    <message>
        <source>%1: unknown operator &quot;%2&quot; (use =, !=, &lt;, &lt;=, &gt;, &gt;=, in, contains, startsWith, isNull, notNull)</source>
        <translation>%1: neznámý operátor „%2“ (použijte =, !=, &lt;, &lt;=, &gt;, &gt;=, in, contains, startsWith, isNull, notNull)</translation>
    </message>
    <message>
        <source>%1: null can only be compared with = or !=</source>
        <translation>%1: null lze porovnávat pouze pomocí = nebo !=</translation>
    </message>
    <message>
        <source>kind: unknown catalog &quot;%1&quot;</source>
        <translation>kind: neznámý katalog „%1“</translation>
    </message>
    <message>
        <source>there is no %1 object with id %2</source>
        <translation>v katalogu %1 neexistuje objekt s id %2</translation>
    </message>
    <message>
        <source>id: the object id (a positive integer) is required</source>
        <translation>id: je povinné id objektu (kladné celé číslo)</translation>
    </message>
    <message>
        <source>sort: cannot sort %1 by &quot;%2&quot;</source>
        <translation>sort: katalog %1 nelze řadit podle „%2“</translation>
    </message>
    <message>
        <source>parent: %1 has no groups</source>
        <translation>parent: katalog %1 nemá skupiny</translation>
    </message>
    <message>
        <source>after.id: the id of the last row is required</source>
        <translation>after.id: je povinné id posledního řádku</translation>
    </message>
    <message>
        <source>text: type something to search for</source>
        <translation>text: zadejte, co chcete vyhledat</translation>
    </message>
    <message>
        <source>%1: a value is required</source>
        <translation>%1: je povinný údaj</translation>
    </message>
    <message>
        <source>%1: there is no %2 object with id %3</source>
        <translation>%1: v katalogu %2 neexistuje objekt s id %3</translation>
    </message>
    <message>
        <source>%1: object %2 is not a group</source>
        <translation>%1: objekt %2 není skupina</translation>
    </message>
    <message>
        <source>%1: object %2 is a group; choose an element</source>
        <translation>%1: objekt %2 je skupina; vyberte prvek</translation>
    </message>
    <message>
        <source>%1: is set by the server and cannot be written</source>
        <translation>%1: hodnotu nastavuje server a nelze ji zapsat</translation>
    </message>
    <message>
        <source>%1: unknown field of %2</source>
        <translation>%1: neznámé pole katalogu %2</translation>
    </message>
    <message>
        <source>%1: unknown tabular section of %2</source>
        <translation>%1: neznámá tabulková část katalogu %2</translation>
    </message>
    <message>
        <source>%1: must be an array of lines</source>
        <translation>%1: musí být seznam řádků</translation>
    </message>
    <message>
        <source>%1: a line must be a map of field values</source>
        <translation>%1: řádek musí být mapa hodnot polí</translation>
    </message>
    <message>
        <source>%1.%2: unknown field</source>
        <translation>%1.%2: neznámé pole</translation>
    </message>
    <message>
        <source>code: no free automatic code left; enter one</source>
        <translation>code: žádný volný automatický kód už nezbývá; zadejte kód ručně</translation>
    </message>
    <message>
        <source>values: a map of field values is required</source>
        <translation>values: je povinná mapa hodnot polí</translation>
    </message>
    <message>
        <source>name: a value is required</source>
        <translation>name: je povinný údaj</translation>
    </message>
    <message>
        <source>code: a value is required</source>
        <translation>code: je povinný údaj</translation>
    </message>
    <message>
        <source>code: %1 is already used by another %2 object</source>
        <translation>code: kód „%1“ již používá jiný objekt katalogu %2</translation>
    </message>
    <message>
        <source>the object was changed by someone else (you edited version %1, the current one is %2); reload it and apply your changes again</source>
        <translation>objekt mezitím změnil jiný uživatel (upravovali jste verzi %1, aktuální je verze %2); načtěte jej znovu a proveďte své změny ještě jednou</translation>
    </message>
    <message>
        <source>version: the version read with the object is required</source>
        <translation>version: je povinná verze, která byla načtena s objektem</translation>
    </message>
    <message>
        <source>the object was changed by someone else; reload it</source>
        <translation>objekt mezitím změnil jiný uživatel; načtěte jej znovu</translation>
    </message>
    <message>
        <source>code: already used by another %1 object</source>
        <translation>code: kód již používá jiný objekt katalogu %1</translation>
    </message>
    <message>
        <source>you may not change %1</source>
        <translation>nemáte oprávnění měnit katalog %1</translation>
    </message>
    <message>
        <source>you may not read %1</source>
        <translation>nemáte oprávnění číst katalog %1</translation>
    </message>
    <message>
        <source>parent: a group cannot be placed inside itself or one of its subgroups</source>
        <translation>parent: skupinu nelze vložit do ní samotné ani do některé z jejích podskupin</translation>
    </message>
    <message>
        <source>kind: unknown document &quot;%1&quot;</source>
        <translation>kind: neznámý doklad „%1“</translation>
    </message>
    <message>
        <source>documents are found with document.list and filters</source>
        <translation>doklady se vyhledávají pomocí document.list a filtrů</translation>
    </message>
    <message>
        <source>%1.%2: unknown key (use %3)</source>
        <translation>%1.%2: neznámý klíč (použijte %3)</translation>
    </message>
    <message>
        <source>%1: a filter is a map {field, op, value}</source>
        <translation>%1: filtr musí být mapa {field, op, value}</translation>
    </message>
    <message>
        <source>%1.field: the name of a field is required</source>
        <translation>%1.field: je třeba zadat název pole</translation>
    </message>
    <message>
        <source>%1.op: must be a string such as &quot;=&quot;</source>
        <translation>%1.op: musí být řetězec, např. „=“</translation>
    </message>
    <message>
        <source>after.inclusive: must be true or false</source>
        <translation>after.inclusive: musí být true nebo false</translation>
    </message>
    <message>
        <source>totals: at most 50 fields</source>
        <translation>totals: nejvýše 50 polí</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a numeric field of %3</source>
        <translation>%1: „%2“ není číselné pole objektu %3</translation>
    </message>
    <message>
        <source>totals: a sum is too large to be computed</source>
        <translation>totals: součet je příliš velký</translation>
    </message>
    <message>
        <source>%1: a line needs %2</source>
        <translation>%1: řádek potřebuje %2</translation>
    </message>
    <message>
        <source> or </source>
        <translation> nebo </translation>
    </message>
</context>
<context>
    <name>ChartRender</name>
    <message>
        <source>%1: required</source>
        <translation>%1: je povinné</translation>
    </message>
    <message>
        <source>%1: must be a whole number of pixels</source>
        <translation>%1: musí být celý počet pixelů</translation>
    </message>
    <message>
        <source>%1: must be from %2 to %3 pixels</source>
        <translation>%1: musí být od %2 do %3 pixelů</translation>
    </message>
    <message>
        <source>%1: unknown (a chart has width, height and scale)</source>
        <translation>%1: neznámé (graf má šířku, výšku a měřítko)</translation>
    </message>
    <message>
        <source>%1: must be a number</source>
        <translation>%1: musí být číslo</translation>
    </message>
    <message>
        <source>%1: must be from 0.5 to %2</source>
        <translation>%1: musí být od 0,5 do %2</translation>
    </message>
    <message>
        <source>%1: width × height × scale² must be at most %2 pixels</source>
        <translation>%1: šířka × výška × měřítko² smí být nejvýše %2 pixelů</translation>
    </message>
</context>
<context>
    <name>Claims</name>
    <message>
        <source>%1: %2 is a document of another client</source>
        <translation>%1: %2 je doklad jiného zákazníka</translation>
    </message>
    <message>
        <source>claim_type: the claim type has no work schedule, and there is no schedule &quot;%1&quot;</source>
        <translation>claim_type: druh reklamace nemá pracovní kalendář a kalendář „%1“ neexistuje</translation>
    </message>
    <message>
        <source>claim_type: its work schedule has no working time in the next ten years</source>
        <translation>claim_type: jeho pracovní kalendář nemá v příštích deseti letech žádnou pracovní dobu</translation>
    </message>
    <message>
        <source>is not on the invoice %1</source>
        <translation>není na faktuře %1</translation>
    </message>
    <message>
        <source>the invoice %1 leaves only %2 of %3 to credit</source>
        <translation>faktura %1 umožňuje dobropisovat už jen %2 z %3</translation>
    </message>
    <message>
        <source>the invoice %1 leaves only %2 to credit (without VAT) of these products; the claim credits %3</source>
        <translation>faktura %1 umožňuje u těchto položek dobropisovat už jen %2 (bez DPH); reklamace dobropisuje %3</translation>
    </message>
    <message>
        <source>%1: the credit note: %2</source>
        <translation>%1: dobropis: %2</translation>
    </message>
    <message>
        <source>a refund of goods that come back needs the warehouse they come back to</source>
        <translation>vrácení peněz za vracené zboží potřebuje sklad, do kterého se zboží vrací</translation>
    </message>
    <message>
        <source>Claim %1: %2</source>
        <translation>Reklamace %1: %2</translation>
    </message>
    <message>
        <source>a rejected claim is rejected, not resolved: use Reject</source>
        <translation>zamítnutá reklamace se zamítá, ne řeší: použijte „Zamítnout“</translation>
    </message>
    <message>
        <source>a refund or a discount needs the amount credited</source>
        <translation>vrácení peněz nebo sleva potřebuje dobropisovanou částku</translation>
    </message>
    <message>
        <source>a refund or a discount needs the invoice it credits</source>
        <translation>vrácení peněz nebo sleva potřebuje fakturu, kterou dobropisuje</translation>
    </message>
    <message>
        <source>the invoice is not posted</source>
        <translation>faktura není zaúčtována</translation>
    </message>
    <message>
        <source>%1: the work schedule &quot;%2&quot; cannot be used: %3</source>
        <translation>%1: pracovní kalendář „%2“ nelze použít: %3</translation>
    </message>
</context>
<context>
    <name>ClientHistory</name>
    <message>
        <source>%1: a date and time as YYYY-MM-DDTHH:MM:SSZ is required</source>
        <translation>%1: je třeba zadat datum a čas ve tvaru YYYY-MM-DDTHH:MM:SSZ</translation>
    </message>
    <message>
        <source>%1: a list of kinds is required</source>
        <translation>%1: je třeba zadat seznam druhů</translation>
    </message>
    <message>
        <source>%1: a kind name is required</source>
        <translation>%1: je třeba zadat název druhu</translation>
    </message>
    <message>
        <source>%1: unknown kind &quot;%2&quot;</source>
        <translation>%1: neznámý druh „%2“</translation>
    </message>
    <message>
        <source>%1: %2 has no history of a partner</source>
        <translation>%1: %2 není součástí historie partnera</translation>
    </message>
    <message>
        <source>%1: the id of a user is required</source>
        <translation>%1: je třeba zadat id uživatele</translation>
    </message>
    <message>
        <source>%1: unknown filter; the filters are kinds, from, to and manager</source>
        <translation>%1: neznámý filtr; filtry jsou kinds, from, to a manager</translation>
    </message>
    <message>
        <source>filters.to: is before filters.from</source>
        <translation>filters.to: je před filters.from</translation>
    </message>
    <message>
        <source>after.%1: unknown key; pass the answer&apos;s next as it is</source>
        <translation>after.%1: neznámý klíč; předejte hodnotu next z odpovědi beze změny</translation>
    </message>
    <message>
        <source>after.kind: a kind name is required</source>
        <translation>after.kind: je třeba zadat název druhu</translation>
    </message>
    <message>
        <source>after.entry: must be document or stage</source>
        <translation>after.entry: musí být document nebo stage</translation>
    </message>
    <message>
        <source>after.id: an integer is required</source>
        <translation>after.id: je třeba zadat celé číslo</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>partner: there is no partner with id %1</source>
        <translation>partner: partner s id %1 neexistuje</translation>
    </message>
</context>
<context>
    <name>ClientValidity</name>
    <message>
        <source>%1: %2 does not belong to the document&apos;s %3</source>
        <translation>%1: %2 nepatří k %3 z dokladu</translation>
    </message>
    <message>
        <source>%1: %2 is valid from %3; the document is dated %4</source>
        <translation>%1: platnost %2 začíná %3; doklad má datum %4</translation>
    </message>
    <message>
        <source>%1: %2 was valid until %3; the document is dated %4</source>
        <translation>%1: platnost %2 skončila %3; doklad má datum %4</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>cannot connect to %1:%2: %3</source>
        <translation>nelze se připojit k %1:%2: %3</translation>
    </message>
    <message>
        <source>the server did not answer the handshake</source>
        <translation>server nepotvrdil úvodní handshake</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>server ukončil spojení</translation>
    </message>
    <message>
        <source>no answer from the server in time</source>
        <translation>server neodpověděl včas</translation>
    </message>
    <message>
        <source>The server %1:%2 cannot be reached: %3</source>
        <translation>Server %1:%2 není dostupný: %3</translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation>Připojení se nezdařilo: %1</translation>
    </message>
    <message>
        <source>the connection to the server was lost</source>
        <translation>spojení se serverem bylo přerušeno</translation>
    </message>
    <message>
        <source>The connection to the server was lost.</source>
        <translation>Spojení se serverem bylo přerušeno.</translation>
    </message>
    <message>
        <source>not connected to the server</source>
        <translation>klient není připojen k serveru</translation>
    </message>
    <message>
        <source>The server sent data the client cannot read: %1</source>
        <translation>Server odeslal data, která klient neumí přečíst: %1</translation>
    </message>
    <message>
        <source>This client and the server speak different protocol versions: %1. Install the client that matches the server.</source>
        <translation>Tento klient a server používají různé verze protokolu: %1. Nainstalujte klienta, který odpovídá verzi serveru.</translation>
    </message>
    <message>
        <source>The server did not complete the handshake; is this an ERP server?</source>
        <translation>Server nedokončil úvodní handshake; jde opravdu o server ERP?</translation>
    </message>
</context>
<context>
    <name>Crm</name>
    <message>
        <source>Raised by the follow-up rule &quot;%1&quot;: no done interaction for %2 days.</source>
        <translation>Vytvořeno pravidlem následného kontaktu „%1“: po dobu %2 dní žádná provedená interakce.</translation>
    </message>
    <message>
        <source>%1: %2 does not belong to the client %3</source>
        <translation>%1: %2 nepatří zákazníkovi %3</translation>
    </message>
    <message>
        <source>%1: a participant is a user or a contact person, not both; add a line for each</source>
        <translation>%1: účastník je buď uživatel, nebo kontaktní osoba, ne obojí; pro každého přidejte samostatný řádek</translation>
    </message>
    <message>
        <source>result: write down the result of the call or meeting before it is done</source>
        <translation>result: před dokončením zapište výsledek hovoru nebo schůzky</translation>
    </message>
    <message>
        <source>assignee: a task is for a user (assignee) or for a role (assignee_role), not both; clear one of them</source>
        <translation>assignee: úkol je určen buď uživateli (assignee), nebo roli (assignee_role), ne obojím; jedno z nich vymažte</translation>
    </message>
    <message>
        <source>remind_at: the reminder (%1) is after the due moment (%2)</source>
        <translation>remind_at: připomínka (%1) je až po termínu (%2)</translation>
    </message>
</context>
<context>
    <name>Deals</name>
    <message>
        <source>from: a lost deal leads to no order</source>
        <translation>from: z prohraného obchodního případu nevzniká objednávka</translation>
    </message>
    <message>
        <source>%1: there is no %2 with id %3</source>
        <translation>%1: %2 s id %3 neexistuje</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is no reason for a won deal</source>
        <translation>%1: „%2“ není důvodem pro vyhraný obchodní případ</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is no reason for a lost deal</source>
        <translation>%1: „%2“ není důvodem pro prohraný obchodní případ</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is no reason for unmet demand</source>
        <translation>%1: „%2“ není důvodem neuspokojené poptávky</translation>
    </message>
    <message>
        <source>transition: the process &quot;%1&quot; has no stage &quot;%2&quot;</source>
        <translation>transition: proces „%1“ nemá fázi „%2“</translation>
    </message>
    <message>
        <source>transition: the stage &quot;%1&quot; of the process &quot;%2&quot; may not be skipped</source>
        <translation>transition: fázi „%1“ procesu „%2“ nelze přeskočit</translation>
    </message>
    <message>
        <source>deal_type: the process &quot;%1&quot; has no stage &quot;%2&quot;, where the deal is</source>
        <translation>deal_type: proces „%1“ nemá fázi „%2“, ve které se obchodní případ nachází</translation>
    </message>
    <message>
        <source>probability: must be at most 100</source>
        <translation>probability: musí být nejvýše 100</translation>
    </message>
    <message>
        <source>stages[1].stage: the process starts with the lead, where every deal is registered</source>
        <translation>stages[1].stage: proces začíná fází „Zájem“, ve které se registruje každý obchodní případ</translation>
    </message>
    <message>
        <source>%1stage: won and lost end every process and are not among its stages</source>
        <translation>%1stage: „Vyhráno“ a „Prohráno“ ukončují každý proces a nepatří mezi jeho fáze</translation>
    </message>
    <message>
        <source>%1stage: &quot;%2&quot; is listed twice</source>
        <translation>%1stage: fáze „%2“ je uvedena dvakrát</translation>
    </message>
    <message>
        <source>%1probability: must be at most 100</source>
        <translation>%1probability: musí být nejvýše 100</translation>
    </message>
    <message>
        <source>%1stage: &quot;%2&quot; is not a stage of this process</source>
        <translation>%1stage: „%2“ není fází tohoto procesu</translation>
    </message>
    <message>
        <source>%1name: the stage has this action already</source>
        <translation>%1name: fáze už tuto akci má</translation>
    </message>
    <message>
        <source>to: the period ends before it begins</source>
        <translation>to: období končí dříve, než začíná</translation>
    </message>
</context>
<context>
    <name>DecimalFormat</name>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>„%1“ není číslo</translation>
    </message>
    <message>
        <source>out of range: the number must be between %1 and %2</source>
        <translation>mimo rozsah: číslo musí být v rozmezí %1 až %2</translation>
    </message>
    <message>
        <source>enter a number</source>
        <translation>zadejte číslo</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>musí být celé číslo</translation>
    </message>
    <message numerus="yes">
        <source>at most %n decimal place(s) allowed</source>
        <translation>
            <numerusform>lze zadat nejvýše %n desetinné místo</numerusform>
            <numerusform>lze zadat nejvýše %n desetinná místa</numerusform>
            <numerusform>lze zadat nejvýše %n desetinných míst</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>id: the document id (a positive integer) is required</source>
        <translation>id: je třeba zadat id dokladu (kladné celé číslo)</translation>
    </message>
    <message>
        <source>version: the version read with the document is required</source>
        <translation>version: je třeba zadat verzi načtenou s dokladem</translation>
    </message>
    <message>
        <source>%1: is set by the server and cannot be written</source>
        <translation>%1: hodnotu nastavuje server a nelze ji zapsat</translation>
    </message>
    <message>
        <source>%1: unknown field of %2</source>
        <translation>%1: neznámé pole objektu %2</translation>
    </message>
    <message>
        <source>values: a map of field values is required</source>
        <translation>values: je třeba zadat mapu hodnot polí</translation>
    </message>
    <message>
        <source>there is no %1 document with id %2</source>
        <translation>doklad %1 s id %2 neexistuje</translation>
    </message>
    <message>
        <source>the document was changed by someone else (you edited version %1, the current one is %2); reload it and apply your changes again</source>
        <translation>doklad mezitím změnil jiný uživatel (upravovali jste verzi %1, aktuální je %2); načtěte jej znovu a proveďte své změny ještě jednou</translation>
    </message>
    <message>
        <source>the document was changed by someone else; reload it</source>
        <translation>doklad mezitím změnil jiný uživatel; načtěte jej znovu</translation>
    </message>
    <message>
        <source>%1 documents are not posted</source>
        <translation>doklady %1 se nezaúčtovávají</translation>
    </message>
    <message>
        <source>the document is marked for deletion; remove the mark first</source>
        <translation>doklad je označen ke smazání; nejprve zrušte označení</translation>
    </message>
    <message>
        <source>date: a value is required</source>
        <translation>date: je povinný údaj</translation>
    </message>
    <message>
        <source>this order is invoiced on shipment: invoice its shipments</source>
        <translation>tato objednávka se fakturuje po expedici: fakturujte její výdejky</translation>
    </message>
    <message>
        <source>the order of this shipment is invoiced on order: invoice the order</source>
        <translation>objednávka této výdejky se fakturuje z objednávky: fakturujte objednávku</translation>
    </message>
    <message>
        <source>%1: must be true or false</source>
        <translation>%1: musí být true nebo false</translation>
    </message>
    <message>
        <source>sections: a map of tabular sections is required</source>
        <translation>sections: je třeba zadat mapu tabulkových částí</translation>
    </message>
    <message>
        <source>transition: the workflow of %1 has no transition &quot;%2&quot;</source>
        <translation>transition: workflow dokladu %1 nemá přechod „%2“</translation>
    </message>
    <message>
        <source>%1 needs the right &quot;%2&quot;</source>
        <translation>„%1“ vyžaduje oprávnění „%2“</translation>
    </message>
    <message>
        <source>transition: &quot;%1&quot; is not possible from the state &quot;%2&quot;</source>
        <translation>transition: „%1“ není ze stavu „%2“ možné</translation>
    </message>
    <message>
        <source>%1: must be filled before &quot;%2&quot;</source>
        <translation>%1: musí být vyplněno před „%2“</translation>
    </message>
    <message>
        <source>actions: &quot;%1&quot; must be done before leaving &quot;%2&quot;</source>
        <translation>actions: před opuštěním stavu „%2“ je třeba provést „%1“</translation>
    </message>
    <message>
        <source>transition: the name of a transition is required</source>
        <translation>transition: je třeba zadat název přechodu</translation>
    </message>
    <message>
        <source>deleted: must be true or false</source>
        <translation>deleted: musí být true nebo false</translation>
    </message>
    <message>
        <source>deleted: the workflow of %1 has no deletion mark</source>
        <translation>deleted: workflow dokladu %1 nemá označení ke smazání</translation>
    </message>
    <message>
        <source>action: the name of an action is required</source>
        <translation>action: je třeba název úkonu</translation>
    </message>
    <message>
        <source>action: the state &quot;%1&quot; has no action &quot;%2&quot;</source>
        <translation>action: stav „%1“ nemá úkon „%2“</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Vytvořeno</translation>
    </message>
    <message>
        <source>%1: is derived from the registers when read and cannot be written</source>
        <translation>%1: počítá se z registrů při čtení a nelze je zapsat</translation>
    </message>
    <message>
        <source>%1: unknown tabular section of %2</source>
        <translation>%1: neznámá tabulková část objektu %2</translation>
    </message>
    <message>
        <source>%1: is kept by the server and cannot be written</source>
        <translation>%1: hodnotu spravuje server a nelze ji zapsat</translation>
    </message>
    <message>
        <source>you may not change %1</source>
        <translation>nemáte oprávnění měnit %1</translation>
    </message>
    <message>
        <source>a variable symbol is 1 to 10 digits</source>
        <translation>variabilní symbol má 1 až 10 číslic</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <source>kind: unknown catalog &quot;%1&quot;</source>
        <translation>kind: neznámý katalog „%1“</translation>
    </message>
    <message>
        <source>%1: unknown value; the check reads name, ico, dic, email and phone</source>
        <translation>%1: neznámá hodnota; kontrola používá name, ico, dic, email a phone</translation>
    </message>
    <message>
        <source>%1: a string is required</source>
        <translation>%1: je třeba zadat řetězec</translation>
    </message>
    <message>
        <source>%1: is %2 characters long; at most %3 are allowed</source>
        <translation>%1: má délku %2 znaků; povoleno je nejvýše %3</translation>
    </message>
    <message>
        <source>%1: only the legal entities of a partner (counterparties) are checked with their partner</source>
        <translation>%1: s partnerem se kontrolují jen jeho právní subjekty (kontrahenti)</translation>
    </message>
    <message>
        <source>%1: the id of a partner (a positive integer) is required</source>
        <translation>%1: je třeba id partnera (kladné celé číslo)</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>language: CSV is written for &quot;cs&quot; or &quot;en&quot;, not &quot;%1&quot;</source>
        <translation>language: CSV se zapisuje pro „cs“ nebo „en“, ne „%1“</translation>
    </message>
    <message>
        <source>%1: cannot write the file: %2</source>
        <translation>%1: soubor nelze zapsat: %2</translation>
    </message>
    <message>
        <source>%1: expected %2, got %3</source>
        <translation>%1: očekáváno %2, přišlo %3</translation>
    </message>
    <message>
        <source>a decimal as text (&quot;1234.50&quot;)</source>
        <translation>desetinné číslo jako text („1234.50“)</translation>
    </message>
    <message>
        <source>rows[%1]: %2 values for %3 columns</source>
        <translation>rows[%1]: %2 hodnot pro %3 sloupců</translation>
    </message>
    <message>
        <source>totals: %1 values for %2 columns</source>
        <translation>totals: %1 hodnot pro %2 sloupců</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>celé číslo</translation>
    </message>
    <message>
        <source>a date (&quot;2026-12-01&quot;)</source>
        <translation>datum („2026-12-01“)</translation>
    </message>
    <message>
        <source>a moment (&quot;2026-12-01T09:30:00Z&quot;)</source>
        <translation>okamžik („2026-12-01T09:30:00Z“)</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true nebo false</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>hodnota</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Celkem</translation>
    </message>
    <message>
        <source>the report&apos;s answer has no columns and rows</source>
        <translation>odpověď sestavy nemá sloupce a řádky</translation>
    </message>
    <message>
        <source>columns[%1]: a column needs a name and a report column type, got &quot;%2&quot; of type &quot;%3&quot;</source>
        <translation>columns[%1]: sloupec potřebuje název a typ sloupce sestavy, přišlo „%2“ typu „%3“</translation>
    </message>
    <message>
        <source>%1: a list cannot export a field of type &quot;%2&quot;</source>
        <translation>%1: seznam nemůže exportovat pole typu „%2“</translation>
    </message>
    <message>
        <source>title</source>
        <translation>nadpis</translation>
    </message>
    <message>
        <source>header line</source>
        <translation>řádek záhlaví</translation>
    </message>
    <message>
        <source>autofilter</source>
        <translation>automatický filtr</translation>
    </message>
    <message>
        <source>%1: a spreadsheet cell holds at most %2 characters, this one has %3</source>
        <translation>%1: buňka tabulky pojme nejvýše %2 znaků, tato má %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>rows: a sheet holds at most %1 rows, the table has %2</source>
        <translation>rows: list pojme nejvýše %1 řádků, tabulka má %2</translation>
    </message>
    <message>
        <source>%1: cannot create a workbook</source>
        <translation>%1: sešit nelze vytvořit</translation>
    </message>
    <message>
        <source>%1: cannot write the file</source>
        <translation>%1: soubor nelze zapsat</translation>
    </message>
</context>
<context>
    <name>FieldValue</name>
    <message>
        <source>is not a finite number</source>
        <translation>není konečné číslo</translation>
    </message>
    <message>
        <source>is out of range; send the amount as a decimal string</source>
        <translation>je mimo rozsah; zašlete hodnotu jako desetinné číslo v řetězci</translation>
    </message>
    <message>
        <source>must be a decimal number (as a string such as &quot;1234.50&quot;)</source>
        <translation>musí být desetinné číslo (jako řetězec, např. &quot;1234.50&quot;)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a decimal number</source>
        <translation>„%1“ není desetinné číslo</translation>
    </message>
    <message>
        <source>%1 does not fit %2 digits with %3 decimals</source>
        <translation>hodnota %1 přesahuje povolený formát (číslic celkem: %2, z toho desetinných míst: %3)</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>musí být textový řetězec</translation>
    </message>
    <message>
        <source>is %1 characters long; at most %2 are allowed</source>
        <translation>počet znaků %1 překračuje povolené maximum %2</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>musí být celé číslo</translation>
    </message>
    <message>
        <source>must be at least %1</source>
        <translation>musí být alespoň %1</translation>
    </message>
    <message>
        <source>must be greater than %1</source>
        <translation>musí být větší než %1</translation>
    </message>
    <message>
        <source>must be a date as YYYY-MM-DD</source>
        <translation>musí být datum ve formátu YYYY-MM-DD</translation>
    </message>
    <message>
        <source>must be a date and time as YYYY-MM-DDTHH:MM:SSZ</source>
        <translation>musí být datum a čas ve formátu YYYY-MM-DDTHH:MM:SSZ</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>musí být true nebo false</translation>
    </message>
    <message>
        <source>must be one of: %1</source>
        <translation>musí být jedna z hodnot: %1</translation>
    </message>
    <message>
        <source>must be the id (a positive integer) of a %1 object</source>
        <translation>musí být id (kladné celé číslo) objektu katalogu %1</translation>
    </message>
    <message>
        <source>has an unsupported type</source>
        <translation>má nepodporovaný typ</translation>
    </message>
    <message>
        <source>is outside the range of 64-bit integers</source>
        <translation>je mimo rozsah 64bitových celých čísel</translation>
    </message>
    <message>
        <source>is too large to be exact as a floating-point number; send it as an integer</source>
        <translation>je příliš velké na přesné vyjádření v plovoucí čárce; zašlete je jako celé číslo</translation>
    </message>
</context>
<context>
    <name>FilterDialog</name>
    <message>
        <source>=</source>
        <translation>=</translation>
    </message>
    <message>
        <source>≠</source>
        <translation>≠</translation>
    </message>
    <message>
        <source>&lt;</source>
        <translation>&lt;</translation>
    </message>
    <message>
        <source>≤</source>
        <translation>≤</translation>
    </message>
    <message>
        <source>&gt;</source>
        <translation>&gt;</translation>
    </message>
    <message>
        <source>≥</source>
        <translation>≥</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>obsahuje</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation>začíná na</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>je prázdné</translation>
    </message>
    <message>
        <source>is not empty</source>
        <translation>není prázdné</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>%1: must be a map of settings</source>
        <translation>%1: musí být mapa nastavení</translation>
    </message>
    <message>
        <source>%1: unknown setting or wrong value (hidden and readOnly are true or false, label is text of at most 100 characters, position is 0 to 999)</source>
        <translation>%1: neznámé nastavení nebo chybná hodnota (hidden a readOnly jsou true nebo false, label je text o nejvýše 100 znacích, position je 0 až 999)</translation>
    </message>
    <message>
        <source>settings.%1: only &quot;fields&quot; and &quot;sections&quot; can be set</source>
        <translation>settings.%1: nastavit lze pouze „fields“ a „sections“</translation>
    </message>
    <message>
        <source>%1: %2 has no such field or section</source>
        <translation>%1: katalog %2 takové pole ani tabulkovou část nemá</translation>
    </message>
    <message>
        <source>target: &quot;%1&quot; is not a role</source>
        <translation>target: „%1“ není role</translation>
    </message>
    <message>
        <source>only an administrator may change the forms of other users and of roles</source>
        <translation>formuláře jiných uživatelů a rolí smí měnit pouze administrátor</translation>
    </message>
    <message>
        <source>settings: a map is required</source>
        <translation>settings: je povinná mapa nastavení</translation>
    </message>
    <message>
        <source>kind: unknown catalog &quot;%1&quot;</source>
        <translation>kind: neznámý katalog „%1“</translation>
    </message>
    <message>
        <source>target: there is no user &quot;%1&quot;</source>
        <translation>target: uživatel „%1“ neexistuje</translation>
    </message>
</context>
<context>
    <name>KindInfo</name>
    <message>
        <source>Code</source>
        <translation>Kód</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Název</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Skupina</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Číslo</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stav</translation>
    </message>
</context>
<context>
    <name>Merge</name>
    <message>
        <source>%1: there is no %2 with id %3</source>
        <translation>%1: %2 s id %3 neexistuje</translation>
    </message>
    <message>
        <source>into: belongs to another %1 than from; merge the %2 first</source>
        <translation>into: patří jinému objektu typu %1 než from; nejprve slučte %2</translation>
    </message>
    <message>
        <source>into: %1 %2 of from are dated outside the validity of into; widen it first</source>
        <translation>into: %1 %2 z from mají datum mimo platnost into; nejprve ji rozšiřte</translation>
    </message>
    <message>
        <source>kind: %1 cannot be merged; partners and counterparties can</source>
        <translation>kind: %1 nelze slučovat; slučovat lze partnery a kontrahenty</translation>
    </message>
    <message>
        <source>kind: you may not change %1</source>
        <translation>kind: nemáte oprávnění měnit %1</translation>
    </message>
    <message>
        <source>into: is the object being merged; choose the one to keep</source>
        <translation>into: je to slučovaný objekt; vyberte ten, který se má zachovat</translation>
    </message>
    <message>
        <source>from: %1 is marked for deletion (already merged?)</source>
        <translation>from: objekt %1 je označen ke smazání (už byl sloučen?)</translation>
    </message>
    <message>
        <source>into: %1 is marked for deletion; keep one that is not</source>
        <translation>into: objekt %1 je označen ke smazání; zachovejte objekt, který označen není</translation>
    </message>
    <message>
        <source>%1: is a group; only single objects are merged</source>
        <translation>%1: je skupina; slučují se pouze jednotlivé objekty</translation>
    </message>
</context>
<context>
    <name>Meta</name>
    <message>
        <source>kind: unknown catalog &quot;%1&quot;</source>
        <translation>kind: neznámý katalog „%1“</translation>
    </message>
</context>
<context>
    <name>Metadata</name>
    <message>
        <source>cannot read the file</source>
        <translation>soubor nelze přečíst</translation>
    </message>
    <message>
        <source>JSON error at byte %1: %2</source>
        <translation>chyba JSON na bajtu %1: %2</translation>
    </message>
    <message>
        <source>catalog name &quot;%1&quot; is not a lowercase identifier</source>
        <translation>název katalogu „%1“ není identifikátor psaný malými písmeny</translation>
    </message>
    <message>
        <source>table name %1 is longer than 31 bytes</source>
        <translation>název tabulky %1 je delší než 31 bajtů</translation>
    </message>
    <message>
        <source>code length must be between 1 and 50</source>
        <translation>délka kódu musí být v rozmezí 1 až 50</translation>
    </message>
    <message>
        <source>name length must be between 1 and 500</source>
        <translation>délka názvu musí být v rozmezí 1 až 500</translation>
    </message>
    <message>
        <source>section name &quot;%1&quot; is not a lowercase identifier</source>
        <translation>název tabulkové části „%1“ není identifikátor psaný malými písmeny</translation>
    </message>
    <message>
        <source>section &quot;%1&quot; is declared twice</source>
        <translation>tabulková část „%1“ je deklarována dvakrát</translation>
    </message>
    <message>
        <source>%1: field name &quot;%2&quot; is not a lowercase identifier of at most 31 bytes</source>
        <translation>%1: název pole „%2“ není identifikátor psaný malými písmeny o délce nejvýše 31 bajtů</translation>
    </message>
    <message>
        <source>%1: field name &quot;%2&quot; is reserved</source>
        <translation>%1: název pole „%2“ je rezervovaný</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot; is declared twice</source>
        <translation>%1: pole „%2“ je deklarováno dvakrát</translation>
    </message>
    <message>
        <source>%1.%2: unknown type &quot;%3&quot;</source>
        <translation>%1.%2: neznámý typ „%3“</translation>
    </message>
    <message>
        <source>%1.%2: string length must be between 1 and %3</source>
        <translation>%1.%2: délka řetězce musí být v rozmezí 1 až %3</translation>
    </message>
    <message>
        <source>%1.%2: decimal needs 1 &lt;= precision &lt;= 18 and 0 &lt;= scale &lt;= precision</source>
        <translation>%1.%2: typ decimal vyžaduje 1 &lt;= precision &lt;= 18 a 0 &lt;= scale &lt;= precision</translation>
    </message>
    <message>
        <source>%1.%2: minExclusive needs a min</source>
        <translation>%1.%2: minExclusive vyžaduje min</translation>
    </message>
    <message>
        <source>%1.%2: min must be a number that fits the field (integer, decimal or money)</source>
        <translation>%1.%2: min musí být číslo, které se vejde do pole (integer, decimal nebo money)</translation>
    </message>
    <message>
        <source>enum name &quot;%1&quot; is not a lowercase identifier</source>
        <translation>název výčtu „%1“ není identifikátor psaný malými písmeny</translation>
    </message>
    <message>
        <source>enum %1: value &quot;%2&quot; is not a lowercase identifier of at most 40 characters</source>
        <translation>výčet %1: hodnota „%2“ není identifikátor psaný malými písmeny o délce nejvýše 40 znaků</translation>
    </message>
    <message>
        <source>enum %1: value &quot;%2&quot; is declared twice</source>
        <translation>výčet %1: hodnota „%2“ je deklarována dvakrát</translation>
    </message>
    <message>
        <source>enum %1 has no values</source>
        <translation>výčet %1 nemá žádné hodnoty</translation>
    </message>
    <message>
        <source>%1.%2: unknown enum &quot;%3&quot;</source>
        <translation>%1.%2: neznámý výčet „%3“</translation>
    </message>
    <message>
        <source>%1.%2: unknown catalog &quot;%3&quot;</source>
        <translation>%1.%2: neznámý katalog „%3“</translation>
    </message>
    <message>
        <source>%1.%2: default &quot;%3&quot; is not a value of enum %4</source>
        <translation>%1.%2: výchozí hodnota „%3“ není hodnotou výčtu %4</translation>
    </message>
    <message>
        <source>no metadata files (*.json) in %1</source>
        <translation>v adresáři %1 nejsou žádné soubory metadat (*.json)</translation>
    </message>
    <message>
        <source>catalog &quot;%1&quot; is declared twice</source>
        <translation>katalog „%1“ je deklarován dvakrát</translation>
    </message>
    <message>
        <source>enum &quot;%1&quot; is declared twice</source>
        <translation>výčet „%1“ je deklarován dvakrát</translation>
    </message>
    <message>
        <source>register name &quot;%1&quot; is not a lowercase identifier</source>
        <translation>název registru „%1“ není identifikátor psaný malými písmeny</translation>
    </message>
    <message>
        <source>register %1: resource %2 must be decimal or money</source>
        <translation>registr %1: zdroj %2 musí být typu decimal nebo money</translation>
    </message>
    <message>
        <source>register %1: %2 is both a dimension and a resource</source>
        <translation>registr %1: %2 je zároveň dimenzí i zdrojem</translation>
    </message>
    <message>
        <source>register %1: nonNegative names no resource &quot;%2&quot;</source>
        <translation>registr %1: nonNegative uvádí neexistující zdroj „%2“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is declared twice</source>
        <translation>„%1“ je deklarováno dvakrát</translation>
    </message>
    <message>
        <source>register %1: type must be &quot;balance&quot;, &quot;turnover&quot; or &quot;information&quot;</source>
        <translation>registr %1: typ musí být &quot;balance&quot;, &quot;turnover&quot; nebo &quot;information&quot;</translation>
    </message>
    <message>
        <source>workflow name &quot;%1&quot; is not a lowercase identifier</source>
        <translation>název workflow „%1“ není identifikátor z malých písmen</translation>
    </message>
    <message>
        <source>workflow %1: state &quot;%2&quot; is not a lowercase identifier of at most 40 characters</source>
        <translation>workflow %1: stav „%2“ není identifikátor z malých písmen o nejvýše 40 znacích</translation>
    </message>
    <message>
        <source>workflow %1: state &quot;%2&quot; is declared twice</source>
        <translation>workflow %1: stav „%2“ je deklarován dvakrát</translation>
    </message>
    <message>
        <source>workflow %1: action &quot;%2&quot; of state %3 is not a lowercase identifier</source>
        <translation>workflow %1: akce „%2“ stavu %3 není identifikátor z malých písmen</translation>
    </message>
    <message>
        <source>workflow %1 has no states</source>
        <translation>workflow %1 nemá žádné stavy</translation>
    </message>
    <message>
        <source>workflow %1: the initial state &quot;%2&quot; is not declared</source>
        <translation>workflow %1: počáteční stav „%2“ není deklarován</translation>
    </message>
    <message>
        <source>workflow %1: transition &quot;%2&quot; is not a lowercase identifier</source>
        <translation>workflow %1: přechod „%2“ není identifikátor z malých písmen</translation>
    </message>
    <message>
        <source>workflow %1: transition &quot;%2&quot; is declared twice</source>
        <translation>workflow %1: přechod „%2“ je deklarován dvakrát</translation>
    </message>
    <message>
        <source>workflow %1: transition %2 goes to an unknown state &quot;%3&quot;</source>
        <translation>workflow %1: přechod %2 vede do neznámého stavu „%3“</translation>
    </message>
    <message>
        <source>workflow %1: transition %2 starts in no state</source>
        <translation>workflow %1: přechod %2 nezačíná v žádném stavu</translation>
    </message>
    <message>
        <source>workflow %1: transition %2 starts in an unknown state &quot;%3&quot;</source>
        <translation>workflow %1: přechod %2 začíná v neznámém stavu „%3“</translation>
    </message>
    <message>
        <source>%1: unknown workflow &quot;%2&quot;</source>
        <translation>%1: neznámé workflow „%2“</translation>
    </message>
    <message>
        <source>%1: number.per names no reference field &quot;%2&quot;</source>
        <translation>%1: number.per uvádí „%2“, což není referenční pole</translation>
    </message>
    <message>
        <source>%1: workflow %2 has no transition &quot;%3&quot;</source>
        <translation>%1: workflow %2 nemá přechod „%3“</translation>
    </message>
    <message>
        <source>%1: a transition requires the unknown field &quot;%2&quot;</source>
        <translation>%1: přechod vyžaduje neznámé pole „%2“</translation>
    </message>
    <message>
        <source>section &quot;%1&quot;: requiredOneOf names &quot;%2&quot;, which is not one of its fields</source>
        <translation>tabulková část „%1“: requiredOneOf uvádí „%2“, které není jejím polem</translation>
    </message>
    <message>
        <source>%1: only documents have derived fields</source>
        <translation>%1: odvozená pole mají jen doklady</translation>
    </message>
    <message>
        <source>%1: a balance is a decimal or money field</source>
        <translation>%1: zůstatek je desetinné nebo peněžní pole</translation>
    </message>
    <message>
        <source>%1: every case needs conditions (&quot;when&quot;)</source>
        <translation>%1: každý případ potřebuje podmínky („when“)</translation>
    </message>
    <message>
        <source>%1: a derived field is a balance, or an enum with cases and else</source>
        <translation>%1: odvozené pole je zůstatek, nebo výčet s případy a „else“</translation>
    </message>
    <message>
        <source>%1: balance needs a balance register, one of its resources and a dimension that refers to %2</source>
        <translation>%1: zůstatek potřebuje zůstatkový registr, jeden z jeho ukazatelů a dimenzi odkazující na %2</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a value of enum %3</source>
        <translation>%1: „%2“ není hodnotou výčtu %3</translation>
    </message>
    <message>
        <source>%1: a condition names a field of the document or a balance declared before, an operator (=, !=, &lt;, &lt;=, &gt;, &gt;=) and a number or identifier</source>
        <translation>%1: podmínka uvádí pole dokladu nebo dříve deklarovaný zůstatek, operátor (=, !=, &lt;, &lt;=, &gt;, &gt;=) a číslo nebo identifikátor</translation>
    </message>
    <message>
        <source>%1.%2: the default of a reference must be the code of a catalog object</source>
        <translation>%1.%2: výchozí hodnotou odkazu musí být kód objektu katalogu</translation>
    </message>
    <message>
        <source>register %1: belowZeroBy names no document kind &quot;%2&quot;</source>
        <translation>registr %1: belowZeroBy uvádí neexistující druh dokladu „%2“</translation>
    </message>
    <message>
        <source>expected a &quot;catalog&quot;, &quot;document&quot;, &quot;register&quot;, &quot;enum&quot;, &quot;workflow&quot; or &quot;options&quot; declaration</source>
        <translation>očekává se deklarace „catalog“, „document“, „register“, „enum“, „workflow“ nebo „options“</translation>
    </message>
    <message>
        <source>option name &quot;%1&quot; is not a lowercase identifier of at most 40 characters</source>
        <translation>název funkční volby „%1“ není identifikátor psaný malými písmeny o délce nejvýše 40 znaků</translation>
    </message>
    <message>
        <source>option &quot;%1&quot; is declared twice</source>
        <translation>funkční volba „%1“ je deklarována dvakrát</translation>
    </message>
    <message>
        <source>%1: a kind has an option or is hidden by one, not both</source>
        <translation>%1: druh buď má funkční volbu, nebo je funkční volbou skryt, ne obojí</translation>
    </message>
    <message>
        <source>%1.%2: matchDigits must be between 0 and 20</source>
        <translation>%1.%2: matchDigits musí být od 0 do 20</translation>
    </message>
    <message>
        <source>%1: unknown option &quot;%2&quot; (declare it in options.json)</source>
        <translation>%1: neznámá funkční volba „%2“ (deklarujte ji v options.json)</translation>
    </message>
    <message>
        <source>register %1: an information register has no aggregates</source>
        <translation>registr %1: informační registr nemá agregace</translation>
    </message>
    <message>
        <source>%1: name &quot;%2&quot; is not a new lowercase identifier</source>
        <translation>%1: název „%2“ není nový identifikátor malými písmeny</translation>
    </message>
    <message>
        <source>%1: dimensions names no dimension &quot;%2&quot; of the register (or twice)</source>
        <translation>%1: dimensions neuvádí dimenzi registru „%2“ (nebo ji uvádí dvakrát)</translation>
    </message>
    <message>
        <source>%1: dimensions must name at least one dimension</source>
        <translation>%1: dimensions musí uvádět alespoň jednu dimenzi</translation>
    </message>
    <message>
        <source>register %1: aggregate %2 counts no document kind &quot;%3&quot;</source>
        <translation>registr %1: agregace %2 počítá „%3“, což není druh dokladu</translation>
    </message>
</context>
<context>
    <name>MetadataTitle</name>
    <message>
        <source>Contact persons</source>
        <translation>Kontaktní osoby</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Jméno</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Příjmení</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Funkce</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Datum narození</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Poznámka</translation>
    </message>
    <message>
        <source>Counterparties</source>
        <translation>Kontrahenti</translation>
    </message>
    <message>
        <source>Full legal name</source>
        <translation>Úplný obchodní název</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Právní forma</translation>
    </message>
    <message>
        <source>Company ID (IČO)</source>
        <translation>IČO</translation>
    </message>
    <message>
        <source>VAT ID (DIČ)</source>
        <translation>DIČ</translation>
    </message>
    <message>
        <source>VAT payer</source>
        <translation>Plátce DPH</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Ulice</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Město</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>PSČ</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Stát</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Platí od</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Platí do</translation>
    </message>
    <message>
        <source>Bank accounts</source>
        <translation>Bankovní účty</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>SWIFT/BIC</source>
        <translation>SWIFT/BIC</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Banka</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Měna</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Výchozí</translation>
    </message>
    <message>
        <source>Currencies</source>
        <translation>Měny</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>ISO numeric code</source>
        <translation>Číselný kód ISO</translation>
    </message>
    <message>
        <source>Decimal places</source>
        <translation>Desetinná místa</translation>
    </message>
    <message>
        <source>Information sources</source>
        <translation>Zdroje informací</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Popis</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organizace</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>Accounting currency</source>
        <translation>Účetní měna</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partneři</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Zákazník</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Dodavatel</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>Konkurent</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>Obchodní manažer</translation>
    </message>
    <message>
        <source>How they heard of us</source>
        <translation>Jak se o nás dozvěděl</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>Úvěrový limit</translation>
    </message>
    <message>
        <source>Payment terms (days)</source>
        <translation>Splatnost (dny)</translation>
    </message>
    <message>
        <source>Client since</source>
        <translation>Zákazníkem od</translation>
    </message>
    <message>
        <source>Product groups</source>
        <translation>Skupiny zboží</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Zboží a služby</translation>
    </message>
    <message>
        <source>Product group</source>
        <translation>Skupina zboží</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Měrná jednotka</translation>
    </message>
    <message>
        <source>EAN</source>
        <translation>EAN</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>Sazba DPH</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Výrobce</translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation>Hmotnost (kg)</translation>
    </message>
    <message>
        <source>Purchase price</source>
        <translation>Nákupní cena</translation>
    </message>
    <message>
        <source>Sale price</source>
        <translation>Prodejní cena</translation>
    </message>
    <message>
        <source>Units of measure</source>
        <translation>Měrné jednotky</translation>
    </message>
    <message>
        <source>UN/ECE code</source>
        <translation>Kód UN/ECE</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Celé jméno</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Uživatelé</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktivní</translation>
    </message>
    <message>
        <source>Warehouses</source>
        <translation>Sklady</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organizace</translation>
    </message>
    <message>
        <source>Warehouse manager</source>
        <translation>Vedoucí skladu</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Právnická osoba</translation>
    </message>
    <message>
        <source>Sole trader</source>
        <translation>Fyzická osoba podnikající</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Fyzická osoba</translation>
    </message>
    <message>
        <source>Public body</source>
        <translation>Veřejný subjekt</translation>
    </message>
    <message>
        <source>Product type</source>
        <translation>Typ položky</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>Zboží</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Služba</translation>
    </message>
    <message>
        <source>Kit</source>
        <translation>Sada</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrátor</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manažer</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Referent</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Čtenář</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hlavní</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Osoba</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Legal entity</source>
        <translation>Právní subjekt</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Platnost</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresa</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Vztah</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Podmínky</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Položka</translation>
    </message>
    <message>
        <source>Prices and tax</source>
        <translation>Ceny a daň</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Uživatel</translation>
    </message>
    <message>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Prodej</translation>
    </message>
    <message>
        <source>Purchasing</source>
        <translation>Nákup</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Sklad</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Výroba</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Finance</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Sestavy</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Správa</translation>
    </message>
    <message>
        <source>Form settings</source>
        <translation>Nastavení formulářů</translation>
    </message>
    <message>
        <source>Goods receipts</source>
        <translation>Příjemky</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Řádky</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Množství</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Cena</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Částka</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>Výdejky</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Zákazník</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>Kontrahent</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Tržba</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Náklady</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Zásoby</translation>
    </message>
    <message>
        <source>Chart of accounts</source>
        <translation>Účtový rozvrh</translation>
    </message>
    <message>
        <source>Price types</source>
        <translation>Typy cen</translation>
    </message>
    <message>
        <source>Includes VAT</source>
        <translation>Včetně DPH</translation>
    </message>
    <message>
        <source>Purchase order</source>
        <translation>Objednávka dodavateli</translation>
    </message>
    <message>
        <source>Incoming payments</source>
        <translation>Přijaté platby</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Způsob úhrady</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Celkem</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>Rozúčtování</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <source>Inventory counts</source>
        <translation>Inventury</translation>
    </message>
    <message>
        <source>Counted quantity</source>
        <translation>Zjištěné množství</translation>
    </message>
    <message>
        <source>Price of a surplus</source>
        <translation>Cena přebytku</translation>
    </message>
    <message>
        <source>Outgoing payments</source>
        <translation>Odeslané platby</translation>
    </message>
    <message>
        <source>Supplier invoice</source>
        <translation>Přijatá faktura</translation>
    </message>
    <message>
        <source>Price settings</source>
        <translation>Nastavení cen</translation>
    </message>
    <message>
        <source>Price type</source>
        <translation>Typ ceny</translation>
    </message>
    <message>
        <source>Purchase orders</source>
        <translation>Objednávky dodavatelům</translation>
    </message>
    <message>
        <source>Total without VAT</source>
        <translation>Celkem bez DPH</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>DPH</translation>
    </message>
    <message>
        <source>Sales invoices</source>
        <translation>Vydané faktury</translation>
    </message>
    <message>
        <source>Sales order</source>
        <translation>Objednávka odběratele</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Datum splatnosti</translation>
    </message>
    <message>
        <source>Sales orders</source>
        <translation>Objednávky odběratelů</translation>
    </message>
    <message>
        <source>Stock transfers</source>
        <translation>Převodky</translation>
    </message>
    <message>
        <source>From warehouse</source>
        <translation>Ze skladu</translation>
    </message>
    <message>
        <source>To warehouse</source>
        <translation>Do skladu</translation>
    </message>
    <message>
        <source>Supplier invoices</source>
        <translation>Přijaté faktury</translation>
    </message>
    <message>
        <source>Supplier&apos;s invoice number</source>
        <translation>Číslo faktury dodavatele</translation>
    </message>
    <message>
        <source>Account type</source>
        <translation>Typ účtu</translation>
    </message>
    <message>
        <source>Passive</source>
        <translation>Pasivní</translation>
    </message>
    <message>
        <source>Active-passive</source>
        <translation>Aktivně-pasivní</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation>Nákladový</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Bankovní převod</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Hotově</translation>
    </message>
    <message>
        <source>Cash and bank</source>
        <translation>Pokladna a banka</translation>
    </message>
    <message>
        <source>General ledger</source>
        <translation>Hlavní kniha</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>Má dáti</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Dal</translation>
    </message>
    <message>
        <source>Orders to receive</source>
        <translation>Objednáno k příjmu</translation>
    </message>
    <message>
        <source>Orders to ship</source>
        <translation>Objednáno k expedici</translation>
    </message>
    <message>
        <source>Payables</source>
        <translation>Závazky</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Ceny</translation>
    </message>
    <message>
        <source>Reservations</source>
        <translation>Rezervace</translation>
    </message>
    <message>
        <source>Settlements with partners</source>
        <translation>Vzájemné zúčtování s partnery</translation>
    </message>
    <message>
        <source>Customer returns</source>
        <translation>Vratky od zákazníků</translation>
    </message>
    <message>
        <source>Credited invoice</source>
        <translation>Dobropisovaná faktura</translation>
    </message>
    <message>
        <source>VAT rounding</source>
        <translation>Zaokrouhlení DPH</translation>
    </message>
    <message>
        <source>Invoicing</source>
        <translation>Fakturace</translation>
    </message>
    <message>
        <source>Returns to suppliers</source>
        <translation>Vratky dodavatelům</translation>
    </message>
    <message>
        <source>Credited supplier invoice</source>
        <translation>Dobropisovaná přijatá faktura</translation>
    </message>
    <message>
        <source>On shipment</source>
        <translation>Po expedici</translation>
    </message>
    <message>
        <source>On order</source>
        <translation>Z objednávky</translation>
    </message>
    <message>
        <source>Per line</source>
        <translation>Po řádcích</translation>
    </message>
    <message>
        <source>Per document and rate</source>
        <translation>Za doklad a sazbu</translation>
    </message>
    <message>
        <source>Exchange rate settings</source>
        <translation>Nastavení kurzů</translation>
    </message>
    <message>
        <source>Rates</source>
        <translation>Kurzy</translation>
    </message>
    <message>
        <source>Rate (accounting currency per unit)</source>
        <translation>Kurz (účetní měna za jednotku)</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>Kurzy měn</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Kurz</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Koncept</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Zaúčtováno</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Zaúčtovat</translation>
    </message>
    <message>
        <source>Post again</source>
        <translation>Znovu zaúčtovat</translation>
    </message>
    <message>
        <source>Unpost</source>
        <translation>Zrušit zaúčtování</translation>
    </message>
    <message>
        <source>Mark for deletion</source>
        <translation>Označit ke smazání</translation>
    </message>
    <message>
        <source>Remove the deletion mark</source>
        <translation>Zrušit označení ke smazání</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Doklady</translation>
    </message>
    <message>
        <source>VAT rates</source>
        <translation>Sazby DPH</translation>
    </message>
    <message>
        <source>Exempt or outside VAT</source>
        <translation>Osvobozeno nebo mimo DPH</translation>
    </message>
    <message>
        <source>Percentages</source>
        <translation>Procenta</translation>
    </message>
    <message>
        <source>Percentage</source>
        <translation>Procento</translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation>Dobropisy</translation>
    </message>
    <message>
        <source>Goods come back</source>
        <translation>Zboží se vrací</translation>
    </message>
    <message>
        <source>Information source</source>
        <translation>Zdroj informací</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Důvod</translation>
    </message>
    <message>
        <source>Price credited</source>
        <translation>Dobropisovaná cena</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>DPH %</translation>
    </message>
    <message>
        <source>Customer refunds</source>
        <translation>Vrácení peněz zákazníkům</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>Výdejka</translation>
    </message>
    <message>
        <source>Order line</source>
        <translation>Řádek objednávky</translation>
    </message>
    <message>
        <source>Open amount</source>
        <translation>Zbývá uhradit</translation>
    </message>
    <message>
        <source>Provision</source>
        <translation>Zajištění</translation>
    </message>
    <message>
        <source>To ship</source>
        <translation>K expedici</translation>
    </message>
    <message>
        <source>To invoice</source>
        <translation>K fakturaci</translation>
    </message>
    <message>
        <source>Quantity to invoice</source>
        <translation>Množství k fakturaci</translation>
    </message>
    <message>
        <source>Order state</source>
        <translation>Stav objednávky</translation>
    </message>
    <message>
        <source>Reserve from stock</source>
        <translation>Rezervovat ze skladu</translation>
    </message>
    <message>
        <source>Ship later, without reservation</source>
        <translation>Expedovat později, bez rezervace</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Uzavřená</translation>
    </message>
    <message>
        <source>Goods delivered to customers, at cost</source>
        <translation>Zboží dodané zákazníkům, v nákladových cenách</translation>
    </message>
    <message>
        <source>Invoiced, still to credit</source>
        <translation>Fakturováno, lze dobropisovat</translation>
    </message>
    <message>
        <source>Orders to invoice</source>
        <translation>Objednávky k fakturaci</translation>
    </message>
    <message>
        <source>Additional attributes</source>
        <translation>Doplňkové údaje</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Druh</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Popisek</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Délka</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Přesnost</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Desetinná místa</translation>
    </message>
    <message>
        <source>Refers to</source>
        <translation>Odkazuje na</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Povinné</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Hodnoty</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Hodnota</translation>
    </message>
    <message>
        <source>Advertising channels</source>
        <translation>Reklamní kanály</translation>
    </message>
    <message>
        <source>Claim types</source>
        <translation>Druhy reklamací</translation>
    </message>
    <message>
        <source>Response within (working hours)</source>
        <translation>Reakce do (pracovní hodiny)</translation>
    </message>
    <message>
        <source>Resolution within (working hours)</source>
        <translation>Vyřešení do (pracovní hodiny)</translation>
    </message>
    <message>
        <source>Warn before the deadline (working hours)</source>
        <translation>Upozornit před termínem (pracovní hodiny)</translation>
    </message>
    <message>
        <source>Work schedule</source>
        <translation>Pracovní kalendář</translation>
    </message>
    <message>
        <source>Contact roles</source>
        <translation>Role kontaktních osob</translation>
    </message>
    <message>
        <source>Deal outcome reasons</source>
        <translation>Důvody výsledku obchodních případů</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Platí pro</translation>
    </message>
    <message>
        <source>Deal types</source>
        <translation>Druhy obchodních případů</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Fáze</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fáze</translation>
    </message>
    <message>
        <source>Probability %</source>
        <translation>Pravděpodobnost %</translation>
    </message>
    <message>
        <source>May be skipped</source>
        <translation>Lze přeskočit</translation>
    </message>
    <message>
        <source>Expected days</source>
        <translation>Očekávaný počet dní</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Akce</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Název</translation>
    </message>
    <message>
        <source>Follow-up rules</source>
        <translation>Pravidla následného kontaktu</translation>
    </message>
    <message>
        <source>Days without an interaction</source>
        <translation>Dní bez interakce</translation>
    </message>
    <message>
        <source>Task subject</source>
        <translation>Předmět úkolu</translation>
    </message>
    <message>
        <source>For the role (else the manager)</source>
        <translation>Pro roli (jinak manažer)</translation>
    </message>
    <message>
        <source>Task priority</source>
        <translation>Priorita úkolu</translation>
    </message>
    <message>
        <source>Due in days</source>
        <translation>Termín za (dní)</translation>
    </message>
    <message>
        <source>Marketing events</source>
        <translation>Marketingové akce</translation>
    </message>
    <message>
        <source>Advertising channel</source>
        <translation>Reklamní kanál</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Začátek</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Konec</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Rozpočet</translation>
    </message>
    <message>
        <source>Actual cost</source>
        <translation>Skutečné náklady</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Odpovědná osoba</translation>
    </message>
    <message>
        <source>Actual costs</source>
        <translation>Skutečné náklady</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Merges of duplicates</source>
        <translation>Sloučení duplicit</translation>
    </message>
    <message>
        <source>Merged object&apos;s id</source>
        <translation>Id sloučeného objektu</translation>
    </message>
    <message>
        <source>Merged object&apos;s code</source>
        <translation>Kód sloučeného objektu</translation>
    </message>
    <message>
        <source>Merged object&apos;s name</source>
        <translation>Název sloučeného objektu</translation>
    </message>
    <message>
        <source>Kept object&apos;s id</source>
        <translation>Id zachovaného objektu</translation>
    </message>
    <message>
        <source>Kept object&apos;s code</source>
        <translation>Kód zachovaného objektu</translation>
    </message>
    <message>
        <source>Kept object&apos;s name</source>
        <translation>Název zachovaného objektu</translation>
    </message>
    <message>
        <source>Merged by</source>
        <translation>Sloučil</translation>
    </message>
    <message>
        <source>Merged at</source>
        <translation>Sloučeno</translation>
    </message>
    <message>
        <source>References moved</source>
        <translation>Přesunuté odkazy</translation>
    </message>
    <message>
        <source>Kind or register</source>
        <translation>Druh nebo registr</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Řádky</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmenty</translation>
    </message>
    <message>
        <source>Rules (all must hold)</source>
        <translation>Pravidla (musí platit všechna)</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kritérium</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Porovnání</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Počet</translation>
    </message>
    <message>
        <source>Period (days)</source>
        <translation>Období (dny)</translation>
    </message>
    <message>
        <source>Work schedules</source>
        <translation>Pracovní kalendáře</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Pracovní doba</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Den</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Svátky</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Reklamace</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Předmět</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Kontaktní osoba</translation>
    </message>
    <message>
        <source>Claim type</source>
        <translation>Druh reklamace</translation>
    </message>
    <message>
        <source>Warehouse for returned goods</source>
        <translation>Sklad pro vrácené zboží</translation>
    </message>
    <message>
        <source>Respond by</source>
        <translation>Reagovat do</translation>
    </message>
    <message>
        <source>Resolve by</source>
        <translation>Vyřešit do</translation>
    </message>
    <message>
        <source>Warn from</source>
        <translation>Upozornit od</translation>
    </message>
    <message>
        <source>Responded</source>
        <translation>Zareagováno</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Vyřešeno</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Úroveň služeb</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Řešení</translation>
    </message>
    <message>
        <source>Amount credited (without VAT)</source>
        <translation>Dobropisovaná částka (bez DPH)</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Dobropis</translation>
    </message>
    <message>
        <source>Defect</source>
        <translation>Vada</translation>
    </message>
    <message>
        <source>Marketing event</source>
        <translation>Marketingová akce</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Obchodní případy</translation>
    </message>
    <message>
        <source>Deal type</source>
        <translation>Druh obchodního případu</translation>
    </message>
    <message>
        <source>Expected amount</source>
        <translation>Očekávaná částka</translation>
    </message>
    <message>
        <source>Weighted amount</source>
        <translation>Vážená částka</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Očekávané uzavření</translation>
    </message>
    <message>
        <source>Reason won or lost</source>
        <translation>Důvod výhry nebo prohry</translation>
    </message>
    <message>
        <source>Decided at stage</source>
        <translation>Rozhodnuto ve fázi</translation>
    </message>
    <message>
        <source>Products of interest</source>
        <translation>Poptávané položky</translation>
    </message>
    <message>
        <source>Competitors</source>
        <translation>Konkurenti</translation>
    </message>
    <message>
        <source>Unmet demand</source>
        <translation>Neuspokojená poptávka</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interakce</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Obchodní případ</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>Trvání (minuty)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Výsledek</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Účastníci</translation>
    </message>
    <message>
        <source>Role or note</source>
        <translation>Role nebo poznámka</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Úkoly</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Řešitel</translation>
    </message>
    <message>
        <source>Assignee role</source>
        <translation>Role řešitele</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorita</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termín</translation>
    </message>
    <message>
        <source>Remind at</source>
        <translation>Připomenout</translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation>Interakce</translation>
    </message>
    <message>
        <source>Raised by the follow-up rule</source>
        <translation>Vytvořeno pravidlem následného kontaktu</translation>
    </message>
    <message>
        <source>Attribute types</source>
        <translation>Typy doplňkových údajů</translation>
    </message>
    <message>
        <source>String</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Číslo</translation>
    </message>
    <message>
        <source>Yes/no</source>
        <translation>Ano/ne</translation>
    </message>
    <message>
        <source>Choice of values</source>
        <translation>Výběr z hodnot</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Odkaz</translation>
    </message>
    <message>
        <source>Claim resolution</source>
        <translation>Řešení reklamace</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Vrácení peněz</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>Výměna</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Sleva</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Zamítnuto</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>V termínu</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Blíží se termín</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Po termínu</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Dodrženo</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Nedodrženo</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Denní doba</translation>
    </message>
    <message>
        <source>00:00</source>
        <translation>00:00</translation>
    </message>
    <message>
        <source>00:15</source>
        <translation>00:15</translation>
    </message>
    <message>
        <source>00:30</source>
        <translation>00:30</translation>
    </message>
    <message>
        <source>00:45</source>
        <translation>00:45</translation>
    </message>
    <message>
        <source>01:00</source>
        <translation>01:00</translation>
    </message>
    <message>
        <source>01:15</source>
        <translation>01:15</translation>
    </message>
    <message>
        <source>01:30</source>
        <translation>01:30</translation>
    </message>
    <message>
        <source>01:45</source>
        <translation>01:45</translation>
    </message>
    <message>
        <source>02:00</source>
        <translation>02:00</translation>
    </message>
    <message>
        <source>02:15</source>
        <translation>02:15</translation>
    </message>
    <message>
        <source>02:30</source>
        <translation>02:30</translation>
    </message>
    <message>
        <source>02:45</source>
        <translation>02:45</translation>
    </message>
    <message>
        <source>03:00</source>
        <translation>03:00</translation>
    </message>
    <message>
        <source>03:15</source>
        <translation>03:15</translation>
    </message>
    <message>
        <source>03:30</source>
        <translation>03:30</translation>
    </message>
    <message>
        <source>03:45</source>
        <translation>03:45</translation>
    </message>
    <message>
        <source>04:00</source>
        <translation>04:00</translation>
    </message>
    <message>
        <source>04:15</source>
        <translation>04:15</translation>
    </message>
    <message>
        <source>04:30</source>
        <translation>04:30</translation>
    </message>
    <message>
        <source>04:45</source>
        <translation>04:45</translation>
    </message>
    <message>
        <source>05:00</source>
        <translation>05:00</translation>
    </message>
    <message>
        <source>05:15</source>
        <translation>05:15</translation>
    </message>
    <message>
        <source>05:30</source>
        <translation>05:30</translation>
    </message>
    <message>
        <source>05:45</source>
        <translation>05:45</translation>
    </message>
    <message>
        <source>06:00</source>
        <translation>06:00</translation>
    </message>
    <message>
        <source>06:15</source>
        <translation>06:15</translation>
    </message>
    <message>
        <source>06:30</source>
        <translation>06:30</translation>
    </message>
    <message>
        <source>06:45</source>
        <translation>06:45</translation>
    </message>
    <message>
        <source>07:00</source>
        <translation>07:00</translation>
    </message>
    <message>
        <source>07:15</source>
        <translation>07:15</translation>
    </message>
    <message>
        <source>07:30</source>
        <translation>07:30</translation>
    </message>
    <message>
        <source>07:45</source>
        <translation>07:45</translation>
    </message>
    <message>
        <source>08:00</source>
        <translation>08:00</translation>
    </message>
    <message>
        <source>08:15</source>
        <translation>08:15</translation>
    </message>
    <message>
        <source>08:30</source>
        <translation>08:30</translation>
    </message>
    <message>
        <source>08:45</source>
        <translation>08:45</translation>
    </message>
    <message>
        <source>09:00</source>
        <translation>09:00</translation>
    </message>
    <message>
        <source>09:15</source>
        <translation>09:15</translation>
    </message>
    <message>
        <source>09:30</source>
        <translation>09:30</translation>
    </message>
    <message>
        <source>09:45</source>
        <translation>09:45</translation>
    </message>
    <message>
        <source>10:00</source>
        <translation>10:00</translation>
    </message>
    <message>
        <source>10:15</source>
        <translation>10:15</translation>
    </message>
    <message>
        <source>10:30</source>
        <translation>10:30</translation>
    </message>
    <message>
        <source>10:45</source>
        <translation>10:45</translation>
    </message>
    <message>
        <source>11:00</source>
        <translation>11:00</translation>
    </message>
    <message>
        <source>11:15</source>
        <translation>11:15</translation>
    </message>
    <message>
        <source>11:30</source>
        <translation>11:30</translation>
    </message>
    <message>
        <source>11:45</source>
        <translation>11:45</translation>
    </message>
    <message>
        <source>12:00</source>
        <translation>12:00</translation>
    </message>
    <message>
        <source>12:15</source>
        <translation>12:15</translation>
    </message>
    <message>
        <source>12:30</source>
        <translation>12:30</translation>
    </message>
    <message>
        <source>12:45</source>
        <translation>12:45</translation>
    </message>
    <message>
        <source>13:00</source>
        <translation>13:00</translation>
    </message>
    <message>
        <source>13:15</source>
        <translation>13:15</translation>
    </message>
    <message>
        <source>13:30</source>
        <translation>13:30</translation>
    </message>
    <message>
        <source>13:45</source>
        <translation>13:45</translation>
    </message>
    <message>
        <source>14:00</source>
        <translation>14:00</translation>
    </message>
    <message>
        <source>14:15</source>
        <translation>14:15</translation>
    </message>
    <message>
        <source>14:30</source>
        <translation>14:30</translation>
    </message>
    <message>
        <source>14:45</source>
        <translation>14:45</translation>
    </message>
    <message>
        <source>15:00</source>
        <translation>15:00</translation>
    </message>
    <message>
        <source>15:15</source>
        <translation>15:15</translation>
    </message>
    <message>
        <source>15:30</source>
        <translation>15:30</translation>
    </message>
    <message>
        <source>15:45</source>
        <translation>15:45</translation>
    </message>
    <message>
        <source>16:00</source>
        <translation>16:00</translation>
    </message>
    <message>
        <source>16:15</source>
        <translation>16:15</translation>
    </message>
    <message>
        <source>16:30</source>
        <translation>16:30</translation>
    </message>
    <message>
        <source>16:45</source>
        <translation>16:45</translation>
    </message>
    <message>
        <source>17:00</source>
        <translation>17:00</translation>
    </message>
    <message>
        <source>17:15</source>
        <translation>17:15</translation>
    </message>
    <message>
        <source>17:30</source>
        <translation>17:30</translation>
    </message>
    <message>
        <source>17:45</source>
        <translation>17:45</translation>
    </message>
    <message>
        <source>18:00</source>
        <translation>18:00</translation>
    </message>
    <message>
        <source>18:15</source>
        <translation>18:15</translation>
    </message>
    <message>
        <source>18:30</source>
        <translation>18:30</translation>
    </message>
    <message>
        <source>18:45</source>
        <translation>18:45</translation>
    </message>
    <message>
        <source>19:00</source>
        <translation>19:00</translation>
    </message>
    <message>
        <source>19:15</source>
        <translation>19:15</translation>
    </message>
    <message>
        <source>19:30</source>
        <translation>19:30</translation>
    </message>
    <message>
        <source>19:45</source>
        <translation>19:45</translation>
    </message>
    <message>
        <source>20:00</source>
        <translation>20:00</translation>
    </message>
    <message>
        <source>20:15</source>
        <translation>20:15</translation>
    </message>
    <message>
        <source>20:30</source>
        <translation>20:30</translation>
    </message>
    <message>
        <source>20:45</source>
        <translation>20:45</translation>
    </message>
    <message>
        <source>21:00</source>
        <translation>21:00</translation>
    </message>
    <message>
        <source>21:15</source>
        <translation>21:15</translation>
    </message>
    <message>
        <source>21:30</source>
        <translation>21:30</translation>
    </message>
    <message>
        <source>21:45</source>
        <translation>21:45</translation>
    </message>
    <message>
        <source>22:00</source>
        <translation>22:00</translation>
    </message>
    <message>
        <source>22:15</source>
        <translation>22:15</translation>
    </message>
    <message>
        <source>22:30</source>
        <translation>22:30</translation>
    </message>
    <message>
        <source>22:45</source>
        <translation>22:45</translation>
    </message>
    <message>
        <source>23:00</source>
        <translation>23:00</translation>
    </message>
    <message>
        <source>23:15</source>
        <translation>23:15</translation>
    </message>
    <message>
        <source>23:30</source>
        <translation>23:30</translation>
    </message>
    <message>
        <source>23:45</source>
        <translation>23:45</translation>
    </message>
    <message>
        <source>24:00</source>
        <translation>24:00</translation>
    </message>
    <message>
        <source>Reason applies to</source>
        <translation>Důvod se týká</translation>
    </message>
    <message>
        <source>Won deals</source>
        <translation>Vyhrané obchodní případy</translation>
    </message>
    <message>
        <source>Lost deals</source>
        <translation>Prohrané obchodní případy</translation>
    </message>
    <message>
        <source>Deal stage</source>
        <translation>Fáze obchodního případu</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Zájem</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Kvalifikace</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Nabídka</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Vyjednávání</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Vyhráno</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Prohráno</translation>
    </message>
    <message>
        <source>Follow-up applies to</source>
        <translation>Připomínka se týká</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Klienti</translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation>Otevřené obchodní případy</translation>
    </message>
    <message>
        <source>Interaction type</source>
        <translation>Typ interakce</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Schůzka</translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation>Příchozí hovor</translation>
    </message>
    <message>
        <source>Outgoing call</source>
        <translation>Odchozí hovor</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Marketing event type</source>
        <translation>Typ marketingové akce</translation>
    </message>
    <message>
        <source>Exhibition</source>
        <translation>Výstava</translation>
    </message>
    <message>
        <source>Seminar</source>
        <translation>Seminář</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampaň</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>Webinář</translation>
    </message>
    <message>
        <source>Mailing</source>
        <translation>Hromadná korespondence</translation>
    </message>
    <message>
        <source>At least</source>
        <translation>Nejméně</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>Nejvýše</translation>
    </message>
    <message>
        <source>Segment criterion</source>
        <translation>Kritérium segmentu</translation>
    </message>
    <message>
        <source>Postal code starts with</source>
        <translation>PSČ začíná na</translation>
    </message>
    <message>
        <source>Revenue in the period</source>
        <translation>Tržby za období</translation>
    </message>
    <message>
        <source>Posted sales orders in the period</source>
        <translation>Zaúčtované objednávky za období</translation>
    </message>
    <message>
        <source>Segment kind</source>
        <translation>Druh segmentu</translation>
    </message>
    <message>
        <source>By rules</source>
        <translation>Podle pravidel</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Ruční</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Nízká</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normální</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Vysoká</translation>
    </message>
    <message>
        <source>Day of the week</source>
        <translation>Den v týdnu</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Pondělí</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Úterý</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Středa</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Čtvrtek</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Pátek</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Sobota</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Neděle</translation>
    </message>
    <message>
        <source>Several counterparties per partner</source>
        <translation>Více protistran u jednoho partnera</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nová</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>V řešení</translation>
    </message>
    <message>
        <source>Take on</source>
        <translation>Převzít</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Vyřešit</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Uzavřít</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Zamítnout</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Znovu otevřít</translation>
    </message>
    <message>
        <source>To qualification</source>
        <translation>Do kvalifikace</translation>
    </message>
    <message>
        <source>To proposal</source>
        <translation>Do nabídky</translation>
    </message>
    <message>
        <source>To negotiation</source>
        <translation>Do vyjednávání</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Naplánováno</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hotovo</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Zrušeno</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
    <message>
        <source>Back to planned</source>
        <translation>Zpět do plánovaných</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otevřený</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Časová osa</translation>
    </message>
    <message>
        <source>My tasks</source>
        <translation>Moje úkoly</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Obchodní trychtýř</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Zdroj</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Výsledek</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Průběh</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>Historie fází</translation>
    </message>
    <message>
        <source>Moved by</source>
        <translation>Posunul</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Vstup</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Odchod</translation>
    </message>
    <message>
        <source>Time in the stage</source>
        <translation>Doba ve fázi</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Očekáváno</translation>
    </message>
    <message>
        <source>Orders, shipments, invoices and payments</source>
        <translation>Objednávky, výdeje, faktury a platby</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Doklad</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Objednáno</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Vydáno</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Vyfakturováno</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Zaplaceno</translation>
    </message>
    <message>
        <source>Competition</source>
        <translation>Konkurence</translation>
    </message>
    <message>
        <source>Marketing event of first contact</source>
        <translation>Marketingová akce prvního kontaktu</translation>
    </message>
    <message>
        <source>Additional attribute</source>
        <translation>Dodatečný atribut</translation>
    </message>
    <message>
        <source>Functional options</source>
        <translation>Funkční volby</translation>
    </message>
    <message>
        <source>Bank account number</source>
        <translation>Číslo bankovního účtu</translation>
    </message>
    <message>
        <source>Commercial register entry</source>
        <translation>Zápis v obchodním rejstříku</translation>
    </message>
    <message>
        <source>Date of taxable supply</source>
        <translation>Datum uskutečnění zdanitelného plnění</translation>
    </message>
    <message>
        <source>Variable symbol</source>
        <translation>Variabilní symbol</translation>
    </message>
    <message>
        <source>item</source>
        <translation>položka</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>množství</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>jednotka</translation>
    </message>
    <message>
        <source>price</source>
        <translation>cena</translation>
    </message>
    <message>
        <source>vat_percent</source>
        <translation>sazba DPH</translation>
    </message>
    <message>
        <source>base</source>
        <translation>základ</translation>
    </message>
    <message>
        <source>vat</source>
        <translation>DPH</translation>
    </message>
    <message>
        <source>total</source>
        <translation>celkem</translation>
    </message>
    <message>
        <source>Reason for the correction</source>
        <translation>Důvod opravy</translation>
    </message>
    <message>
        <source>ABC/XYZ class (last month stored)</source>
        <translation>Třída ABC/XYZ (poslední uložený měsíc)</translation>
    </message>
    <message>
        <source>RFM score R+F+M (last month stored)</source>
        <translation>Skóre RFM R+F+M (poslední uložený měsíc)</translation>
    </message>
    <message>
        <source>code</source>
        <translation>kód</translation>
    </message>
    <message>
        <source>settles</source>
        <translation>hradí</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>částka</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Třídy</translation>
    </message>
    <message>
        <source>ABC/XYZ and RFM class by month</source>
        <translation>Třída ABC/XYZ a RFM po měsících</translation>
    </message>
    <message>
        <source>Month ending</source>
        <translation>Měsíc končící</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Třída</translation>
    </message>
    <message>
        <source>Variation %</source>
        <translation>Variace %</translation>
    </message>
    <message>
        <source>RFM</source>
        <translation>RFM</translation>
    </message>
</context>
<context>
    <name>Options</name>
    <message>
        <source>name: there is no functional option &quot;%1&quot; (there are: %2)</source>
        <translation>name: funkční volba „%1“ neexistuje (existují: %2)</translation>
    </message>
</context>
<context>
    <name>OrderProgress</name>
    <message>
        <source>%1: the order has no line of %2 to invoice</source>
        <translation>%1: objednávka nemá řádek s %2 k fakturaci</translation>
    </message>
    <message>
        <source>%1: the order has no line of %2 to ship</source>
        <translation>%1: objednávka nemá řádek s %2 k expedici</translation>
    </message>
    <message>
        <source>%1: the order has no line %2</source>
        <translation>%1: objednávka nemá řádek %2</translation>
    </message>
    <message>
        <source>%1: line %2 of the order is not %3</source>
        <translation>%1: řádek %2 objednávky není %3</translation>
    </message>
    <message>
        <source>%1: line %2 of the order goes the other way (a sale and a return are separate lines)</source>
        <translation>%1: řádek %2 objednávky jde opačným směrem (prodej a vratka jsou samostatné řádky)</translation>
    </message>
    <message>
        <source>%1: %2: not enough free stock to reserve; %3 short</source>
        <translation>%1: %2: nedostatek volné zásoby k rezervaci; chybí %3</translation>
    </message>
    <message>
        <source>shipment: the shipment is not of this invoice&apos;s order</source>
        <translation>shipment: výdejka nepatří k objednávce této faktury</translation>
    </message>
    <message>
        <source>shipment: the order is invoiced on shipment: name the shipment that delivered %1 (%2)</source>
        <translation>shipment: objednávka se fakturuje podle výdejek: uveďte výdejku, která dodala %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Parameters</name>
    <message>
        <source>%1: a date and time as YYYY-MM-DDTHH:MM:SSZ is required</source>
        <translation>%1: je třeba zadat datum a čas ve tvaru YYYY-MM-DDTHH:MM:SSZ</translation>
    </message>
    <message>
        <source>%1: must be a string</source>
        <translation>%1: musí být textový řetězec</translation>
    </message>
    <message>
        <source>%1: a value is required</source>
        <translation>%1: je povinný údaj</translation>
    </message>
    <message>
        <source>%1: is %2 characters long; at most %3 are allowed</source>
        <translation>%1: počet znaků %2 překračuje povolené maximum %3</translation>
    </message>
    <message>
        <source>%1: must be one of: %2</source>
        <translation>%1: musí být jedna z hodnot: %2</translation>
    </message>
    <message>
        <source>%1: must be between %2 and %3</source>
        <translation>%1: musí být v rozmezí %2 až %3</translation>
    </message>
    <message>
        <source>%1: must be at least %2</source>
        <translation>%1: musí být alespoň %2</translation>
    </message>
    <message>
        <source>%1: must be at most %2</source>
        <translation>%1: může být nejvýše %2</translation>
    </message>
    <message>
        <source>%1: must be true or false</source>
        <translation>%1: musí být true nebo false</translation>
    </message>
    <message>
        <source>%1: must be a map</source>
        <translation>%1: musí být mapa</translation>
    </message>
    <message>
        <source>%1: must be an array</source>
        <translation>%1: musí být seznam</translation>
    </message>
    <message>
        <source>params: the names of parameters are strings</source>
        <translation>params: názvy parametrů musí být řetězce</translation>
    </message>
    <message>
        <source>%1: %2 has no such parameter</source>
        <translation>%1: metoda %2 takový parametr nemá</translation>
    </message>
</context>
<context>
    <name>Posting</name>
    <message>
        <source>the chart of accounts has no account %1</source>
        <translation>účtový rozvrh neobsahuje účet %1</translation>
    </message>
    <message>
        <source>no exchange rate of %1 is set for %2</source>
        <translation>pro %2 není nastaven kurz měny %1</translation>
    </message>
    <message>
        <source>%1: the invoice is in another currency than the payment</source>
        <translation>%1: faktura je v jiné měně než platba</translation>
    </message>
    <message>
        <source>%1: the amount is out of range</source>
        <translation>%1: částka je mimo rozsah</translation>
    </message>
    <message>
        <source>lines: the document has no lines to post</source>
        <translation>lines: doklad nemá žádné řádky k zaúčtování</translation>
    </message>
    <message>
        <source>lines: every line&apos;s %1 is zero; there is nothing to post</source>
        <translation>lines: %1 je na všech řádcích nulové; není co zaúčtovat</translation>
    </message>
    <message>
        <source>there is no such invoice</source>
        <translation>taková faktura neexistuje</translation>
    </message>
    <message>
        <source>the credited invoice is not posted</source>
        <translation>dobropisovaná faktura není zaúčtována</translation>
    </message>
    <message>
        <source>must be the credited invoice&apos;s</source>
        <translation>musí být stejné jako na dobropisované faktuře</translation>
    </message>
    <message>
        <source>must be the credited invoice&apos;s currency</source>
        <translation>musí být měnou dobropisované faktury</translation>
    </message>
    <message>
        <source>a credit note cannot be dated before the invoice it credits</source>
        <translation>dobropis nemůže mít datum před fakturou, kterou dobropisuje</translation>
    </message>
    <message>
        <source>goods coming back need a warehouse</source>
        <translation>vracené zboží potřebuje sklad</translation>
    </message>
    <message>
        <source>a credit note credits an invoice</source>
        <translation>dobropis se vztahuje k faktuře</translation>
    </message>
    <message>
        <source>a credit note credits a positive quantity and amount</source>
        <translation>dobropis dobropisuje kladné množství a částku</translation>
    </message>
    <message>
        <source>a credit note credits a product of the invoice</source>
        <translation>dobropis dobropisuje položku faktury</translation>
    </message>
    <message>
        <source>the invoice %1 leaves only %2 of %3 to credit (invoiced less what is already credited or returned); this credits %4</source>
        <translation>faktura %1 umožňuje dobropisovat už jen %2 z %3 (fakturováno bez již dobropisovaného nebo vráceného); tento doklad dobropisuje %4</translation>
    </message>
    <message>
        <source>%1: refunds more than the customer is owed on the invoice %2 (owed %3)</source>
        <translation>%1: vrací víc, než zákazníkovi dlužíme na faktuře %2 (dlužíme %3)</translation>
    </message>
    <message>
        <source>%1: there is no VAT rate with id %2</source>
        <translation>%1: sazba DPH s id %2 neexistuje</translation>
    </message>
    <message>
        <source>%1: the VAT rate &quot;%2&quot; has no percentage valid on %3</source>
        <translation>%1: sazba DPH „%2“ nemá procento platné ke dni %3</translation>
    </message>
</context>
<context>
    <name>Print</name>
    <message>
        <source>Invoice (tax document)</source>
        <translation>Faktura (daňový doklad)</translation>
    </message>
    <message>
        <source>Order confirmation</source>
        <translation>Potvrzení objednávky</translation>
    </message>
    <message>
        <source>Credit note (corrective tax document)</source>
        <translation>Dobropis (opravný daňový doklad)</translation>
    </message>
    <message>
        <source>Delivery note</source>
        <translation>Dodací list</translation>
    </message>
    <message>
        <source>Payment receipt</source>
        <translation>Potvrzení o platbě</translation>
    </message>
</context>
<context>
    <name>PrintMethods</name>
    <message>
        <source>form: %1 has no print form &quot;%2&quot;</source>
        <translation>form: %1 nemá tiskovou formu „%2“</translation>
    </message>
    <message>
        <source>language: the form prints in %1, not in &quot;%2&quot;</source>
        <translation>language: forma se tiskne v %1, ne v „%2“</translation>
    </message>
</context>
<context>
    <name>PrintTemplates</name>
    <message>
        <source>organization: there is no organization %1</source>
        <translation>organization: organizace %1 neexistuje</translation>
    </message>
    <message>
        <source>body: the template&apos;s JSON text is required (empty: remove the override)</source>
        <translation>body: text šablony v JSON je povinný (prázdný: odstranit úpravu)</translation>
    </message>
    <message>
        <source>body: form: &quot;%1&quot; is not the form saved, %2</source>
        <translation>body: form: „%1“ není ukládaný formulář, %2</translation>
    </message>
</context>
<context>
    <name>Protocol</name>
    <message>
        <source>empty frame body</source>
        <translation>prázdné tělo rámce</translation>
    </message>
    <message>
        <source>malformed CBOR at byte %1: %2</source>
        <translation>chybná data CBOR na bajtu %1: %2</translation>
    </message>
    <message>
        <source>unexpected data after the CBOR item at byte %1</source>
        <translation>neočekávaná data za položkou CBOR na bajtu %1</translation>
    </message>
    <message>
        <source>frame of %1 bytes exceeds the maximum of %2 bytes</source>
        <translation>rámec o velikosti %1 bajtů překračuje maximum %2 bajtů</translation>
    </message>
</context>
<context>
    <name>Registers</name>
    <message>
        <source>%1: not enough %2 for %3; %4 short</source>
        <translation>%1: nedostatečné %2 pro %3; chybí %4</translation>
    </message>
    <message>
        <source>%1: not enough %2 for %3 on %4; %5 short</source>
        <translation>%1: nedostatečné %2 pro %3 k %4; chybí %5</translation>
    </message>
    <message>
        <source>register: unknown balance register &quot;%1&quot;</source>
        <translation>register: neznámý zůstatkový registr „%1“</translation>
    </message>
    <message>
        <source>where.%1: not a dimension of %2</source>
        <translation>where.%1: není dimenzí registru %2</translation>
    </message>
    <message>
        <source>register: unknown information register &quot;%1&quot;</source>
        <translation>register: neznámý informační registr „%1“</translation>
    </message>
    <message>
        <source>from.%1: unknown key (from is {kind, id})</source>
        <translation>from.%1: neznámý klíč (from je {kind, id})</translation>
    </message>
    <message>
        <source>from.kind: the kind of the source document is required</source>
        <translation>from.kind: je třeba zadat druh zdrojového dokladu</translation>
    </message>
    <message>
        <source>from.id: the id of the source document (a positive integer) is required</source>
        <translation>from.id: je třeba zadat id zdrojového dokladu (kladné celé číslo)</translation>
    </message>
    <message>
        <source>from.kind: unknown document &quot;%1&quot;</source>
        <translation>from.kind: neznámý doklad „%1“</translation>
    </message>
    <message>
        <source>kind: a %1 cannot be created from a %2</source>
        <translation>kind: doklad %1 nelze vytvořit z dokladu %2</translation>
    </message>
    <message>
        <source>id: the document id (a positive integer) is required</source>
        <translation>id: je třeba zadat id dokladu (kladné celé číslo)</translation>
    </message>
</context>
<context>
    <name>ReportMethods</name>
    <message>
        <source>report: there is no report &quot;%1&quot; you may run (there are: %2)</source>
        <translation>report: sestava „%1“, kterou smíte spustit, neexistuje (jsou: %2)</translation>
    </message>
    <message>
        <source>%1: the report &quot;%2&quot; has no chart</source>
        <translation>%1: sestava „%2“ nemá graf</translation>
    </message>
    <message>
        <source>role: &quot;%1&quot; is not a role</source>
        <translation>role: „%1“ není role</translation>
    </message>
    <message>
        <source>only an administrator may share report settings with a role</source>
        <translation>nastavení sestavy může s rolí sdílet jen administrátor</translation>
    </message>
    <message>
        <source>name: a name is required</source>
        <translation>name: název je povinný</translation>
    </message>
    <message>
        <source>id: there are no report settings %1</source>
        <translation>id: nastavení sestavy %1 neexistuje</translation>
    </message>
    <message>
        <source>only their owner or an administrator may delete report settings</source>
        <translation>nastavení sestavy může smazat jen jeho vlastník nebo administrátor</translation>
    </message>
    <message>
        <source>params.%1: there is no %2 with id %3</source>
        <translation>params.%1: %2 s id %3 neexistuje</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>Printed %1 by %2</source>
        <translation>Vytištěno %1, %2</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Celkem</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Strana %1 z %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ano</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ne</translation>
    </message>
    <message>
        <source>params: the PDF would have %1 bytes (%2 pages), over the protocol&apos;s frame limit of %3 bytes; choose fewer rows</source>
        <translation>params: PDF by mělo %1 bajtů (%2 stran), víc než mez rámce protokolu %3 bajtů; vyberte méně řádků</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>groupBy: must be month, partner or product</source>
        <translation>groupBy: musí být month, partner nebo product</translation>
    </message>
    <message>
        <source>organization: there is no organization with id %1</source>
        <translation>organization: organizace s id %1 neexistuje</translation>
    </message>
    <message>
        <source>Trial balance</source>
        <translation>Obratová předvaha</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organizace</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Účet</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Název</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>Má dáti</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Dal</translation>
    </message>
    <message>
        <source>Sales by period</source>
        <translation>Prodej za období</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Seskupit podle</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Měsíc</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Zboží</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Skupina</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Množství</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Tržby</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Náklady</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Marže</translation>
    </message>
    <message>
        <source>VAT summary</source>
        <translation>Přehled DPH</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Strana</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>Sazba DPH</translation>
    </message>
    <message>
        <source>Rate %</source>
        <translation>Sazba %</translation>
    </message>
    <message>
        <source>Tax base</source>
        <translation>Základ daně</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>DPH</translation>
    </message>
    <message>
        <source>Receivables aging</source>
        <translation>Stárnutí pohledávek</translation>
    </message>
    <message>
        <source>At</source>
        <translation>K datu</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>Kontrahent</translation>
    </message>
    <message>
        <source>Not due</source>
        <translation>Před splatností</translation>
    </message>
    <message>
        <source>1-30 days</source>
        <translation>1–30 dní</translation>
    </message>
    <message>
        <source>31-60 days</source>
        <translation>31–60 dní</translation>
    </message>
    <message>
        <source>61-90 days</source>
        <translation>61–90 dní</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>Přes 90 dní</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Celkem</translation>
    </message>
    <message>
        <source>Payment dynamics</source>
        <translation>Vývoj plateb</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Vyfakturováno</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Zaplaceno</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>Dobropisováno</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Vráceno</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otevřeno</translation>
    </message>
    <message>
        <source>Stock balances</source>
        <translation>Stav skladu</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Sklad</translation>
    </message>
    <message>
        <source>to: the period ends before it begins</source>
        <translation>to: období končí dříve, než začíná</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manažer</translation>
    </message>
    <message>
        <source>Deal type</source>
        <translation>Typ obchodu</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Pohled</translation>
    </message>
    <message>
        <source>Won and lost</source>
        <translation>Vyhrané a prohrané</translation>
    </message>
    <message>
        <source>Time per stage</source>
        <translation>Čas ve fázích</translation>
    </message>
    <message>
        <source>Stalled deals</source>
        <translation>Uvízlé obchody</translation>
    </message>
    <message>
        <source>Deal analysis</source>
        <translation>Analýza obchodů</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Výsledek</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Obchod</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fáze</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Důvod</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Obchody</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Průchody</translation>
    </message>
    <message>
        <source>Average hours</source>
        <translation>Průměr hodin</translation>
    </message>
    <message>
        <source>Longest hours</source>
        <translation>Nejdéle hodin</translation>
    </message>
    <message>
        <source>In the stage since</source>
        <translation>Ve fázi od</translation>
    </message>
    <message>
        <source>Days in the stage</source>
        <translation>Dní ve fázi</translation>
    </message>
    <message>
        <source>Expected days</source>
        <translation>Očekávané dny</translation>
    </message>
    <message>
        <source>Expected amount</source>
        <translation>Očekávaná částka</translation>
    </message>
    <message>
        <source>Managers</source>
        <translation>Manažeři</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interakce</translation>
    </message>
    <message>
        <source>Deals opened</source>
        <translation>Otevřené obchody</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Vyhráno</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Prohráno</translation>
    </message>
    <message>
        <source>Conversion %</source>
        <translation>Konverze %</translation>
    </message>
    <message>
        <source>Average deal cycle (days)</source>
        <translation>Průměrný cyklus obchodu (dny)</translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>Úkoly po termínu</translation>
    </message>
    <message>
        <source>Marketing return</source>
        <translation>Návratnost marketingu</translation>
    </message>
    <message>
        <source>Marketing event</source>
        <translation>Marketingová akce</translation>
    </message>
    <message>
        <source>Information source</source>
        <translation>Informační zdroj</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanál</translation>
    </message>
    <message>
        <source>New clients</source>
        <translation>Noví klienti</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Rozpočet</translation>
    </message>
    <message>
        <source>ROMI %</source>
        <translation>ROMI %</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Nic</translation>
    </message>
    <message>
        <source>Sales funnel</source>
        <translation>Prodejní trychtýř</translation>
    </message>
    <message>
        <source>Deals reached</source>
        <translation>Obchodů dosáhlo</translation>
    </message>
    <message>
        <source>Conversion to next %</source>
        <translation>Konverze do další %</translation>
    </message>
    <message>
        <source>Lost here</source>
        <translation>Prohráno zde</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Nyní otevřeno</translation>
    </message>
    <message>
        <source>Weighted pipeline</source>
        <translation>Vážená pipeline</translation>
    </message>
    <message>
        <source>ABC/XYZ analysis</source>
        <translation>Analýza ABC/XYZ</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>Subjekty</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Klienti</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkty</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Měřítko</translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation>Hrubá marže</translation>
    </message>
    <message>
        <source>Number of sales</source>
        <translation>Počet prodejů</translation>
    </message>
    <message>
        <source>Class A up to %</source>
        <translation>Třída A do %</translation>
    </message>
    <message>
        <source>Class B, further %</source>
        <translation>Třída B, dalších %</translation>
    </message>
    <message>
        <source>Class X, variation up to %</source>
        <translation>Třída X, variace do %</translation>
    </message>
    <message>
        <source>Class Y, variation up to %</source>
        <translation>Třída Y, variace do %</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subjekt</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Hodnota</translation>
    </message>
    <message>
        <source>Share %</source>
        <translation>Podíl %</translation>
    </message>
    <message>
        <source>Cumulative %</source>
        <translation>Kumulativně %</translation>
    </message>
    <message>
        <source>ABC</source>
        <translation>ABC</translation>
    </message>
    <message>
        <source>Variation %</source>
        <translation>Variace %</translation>
    </message>
    <message>
        <source>XYZ</source>
        <translation>XYZ</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Třída</translation>
    </message>
    <message>
        <source>X (steady)</source>
        <translation>X (stálé)</translation>
    </message>
    <message>
        <source>Y (varying)</source>
        <translation>Y (kolísavé)</translation>
    </message>
    <message>
        <source>Z (irregular)</source>
        <translation>Z (nepravidelné)</translation>
    </message>
    <message>
        <source>Stars</source>
        <translation>Hvězdy</translation>
    </message>
    <message>
        <source>Cash cows</source>
        <translation>Dojné krávy</translation>
    </message>
    <message>
        <source>Question marks</source>
        <translation>Otazníky</translation>
    </message>
    <message>
        <source>Dogs</source>
        <translation>Psi</translation>
    </message>
    <message>
        <source>Without a group</source>
        <translation>Bez skupiny</translation>
    </message>
    <message>
        <source>BCG matrix</source>
        <translation>Matice BCG</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Skupiny</translation>
    </message>
    <message>
        <source>Product groups</source>
        <translation>Skupiny produktů</translation>
    </message>
    <message>
        <source>Client groups</source>
        <translation>Skupiny klientů</translation>
    </message>
    <message>
        <source>Period before</source>
        <translation>Předchozí období</translation>
    </message>
    <message>
        <source>Growth %</source>
        <translation>Růst %</translation>
    </message>
    <message>
        <source>Relative share</source>
        <translation>Relativní podíl</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>Kvadrant</translation>
    </message>
    <message>
        <source>partner: there is no partner %1</source>
        <translation>partner: partner %1 neexistuje</translation>
    </message>
    <message>
        <source>the class is A, B or C, or with XYZ as in AX</source>
        <translation>třída je A, B nebo C, případně s XYZ, např. AX</translation>
    </message>
    <message>
        <source>the RFM score is the sum of R, F and M, from 3 to 15</source>
        <translation>skóre RFM je součet R, F a M, od 3 do 15</translation>
    </message>
    <message>
        <source>RFM analysis</source>
        <translation>Analýza RFM</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>Poslední nákup</translation>
    </message>
    <message>
        <source>Months since</source>
        <translation>Měsíců od</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Nákupy</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>RFM</source>
        <translation>RFM</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Skóre</translation>
    </message>
    <message>
        <source>Sales dynamics</source>
        <translation>Dynamika prodejů</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Faktury</translation>
    </message>
    <message>
        <source>A year before</source>
        <translation>O rok dříve</translation>
    </message>
</context>
<context>
    <name>Segments</name>
    <message>
        <source>the criterion needs %1</source>
        <translation>kritérium potřebuje %1</translation>
    </message>
    <message>
        <source>the criterion needs a value here</source>
        <translation>kritérium zde potřebuje hodnotu</translation>
    </message>
    <message>
        <source>the criterion needs the number of days it looks back</source>
        <translation>kritérium potřebuje počet dní, za které se zpětně vyhodnocuje</translation>
    </message>
    <message>
        <source>a city</source>
        <translation>město</translation>
    </message>
    <message>
        <source>a country code</source>
        <translation>kód země</translation>
    </message>
    <message>
        <source>a country is its two-letter code (CZ)</source>
        <translation>země se zadává dvoupísmenným kódem (CZ)</translation>
    </message>
    <message>
        <source>the start of a postal code</source>
        <translation>začátek PSČ</translation>
    </message>
    <message>
        <source>the criterion needs the revenue it compares with</source>
        <translation>kritérium potřebuje tržby, se kterými se porovnává</translation>
    </message>
    <message>
        <source>the criterion needs the number of orders it compares with</source>
        <translation>kritérium potřebuje počet objednávek, se kterým se porovnává</translation>
    </message>
    <message>
        <source>rules: a segment by rules needs at least one rule (none would take every partner)</source>
        <translation>rules: segment podle pravidel potřebuje alespoň jedno pravidlo (bez pravidel by zahrnul všechny partnery)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no criterion this server knows</source>
        <translation>„%1“ není kritérium, které tento server zná</translation>
    </message>
    <message>
        <source>segment: there is no segment with id %1</source>
        <translation>segment: segment s id %1 neexistuje</translation>
    </message>
    <message>
        <source>segment: &quot;%1&quot; is marked for deletion</source>
        <translation>segment: „%1“ je označen k odstranění</translation>
    </message>
    <message>
        <source>%1: at most %2 partners at a time</source>
        <translation>%1: nejvýše %2 partnerů najednou</translation>
    </message>
    <message>
        <source>%1: must be the id of a partner</source>
        <translation>%1: musí být id partnera</translation>
    </message>
    <message>
        <source>%1: there is no partner with id %2</source>
        <translation>%1: partner s id %2 neexistuje</translation>
    </message>
    <message>
        <source>segment: &quot;%1&quot; is a segment by rules: its members come from its rules (crm.rebuildSegment)</source>
        <translation>segment: „%1“ je segment podle pravidel: jeho členy určují jeho pravidla (crm.rebuildSegment)</translation>
    </message>
    <message>
        <source>%1: partner %2 is also added</source>
        <translation>%1: partner %2 se zároveň přidává</translation>
    </message>
    <message>
        <source>partner: there is no partner with id %1</source>
        <translation>partner: partner s id %1 neexistuje</translation>
    </message>
    <message>
        <source>the criterion needs the name of an additional attribute of partners</source>
        <translation>kritérium potřebuje název dodatečného atributu partnerů</translation>
    </message>
    <message>
        <source>partners have no additional attribute &quot;%1&quot;</source>
        <translation>partneři nemají dodatečný atribut „%1“</translation>
    </message>
    <message>
        <source>the value the attribute is compared with</source>
        <translation>hodnotu, se kterou se atribut porovná</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is none of the attribute&apos;s values</source>
        <translation>„%1“ není žádná z hodnot atributu</translation>
    </message>
    <message>
        <source>a yes-or-no attribute is compared with true or false</source>
        <translation>atribut ano/ne se porovnává s true nebo false</translation>
    </message>
    <message>
        <source>a reference attribute is compared with the id of the object it refers to</source>
        <translation>odkazový atribut se porovnává s id objektu, na který odkazuje</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>„%1“ není číslo</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>„%1“ není datum (RRRR-MM-DD)</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>the first message must be a hello</source>
        <translation>první zprávou musí být hello</translation>
    </message>
    <message>
        <source>this server speaks protocol versions %1 to %2</source>
        <translation>tento server podporuje verze protokolu %1 až %2</translation>
    </message>
    <message>
        <source>a request is a map {id: integer, method: string, params: map}</source>
        <translation>požadavek musí být mapa {id: integer, method: string, params: map}</translation>
    </message>
    <message>
        <source>unknown method &quot;%1&quot;</source>
        <translation>neznámá metoda „%1“</translation>
    </message>
    <message>
        <source>log in first</source>
        <translation>nejprve se přihlaste</translation>
    </message>
    <message>
        <source>%1 needs the right &quot;%2&quot;</source>
        <translation>metoda %1 vyžaduje oprávnění „%2“</translation>
    </message>
    <message>
        <source>too many calls in flight on this connection</source>
        <translation>na tomto spojení probíhá příliš mnoho souběžných volání</translation>
    </message>
    <message>
        <source>frame of %1 bytes exceeds the maximum of %2 bytes</source>
        <translation>rámec o velikosti %1 bajtů překračuje maximum %2 bajtů</translation>
    </message>
    <message>
        <source>%1 is switched off (functional option %2)</source>
        <translation>%1 je vypnuto (funkční volba %2)</translation>
    </message>
    <message>
        <source>%1: %2 is switched off (functional option %3)</source>
        <translation>%1: %2 je vypnuto (funkční volba %3)</translation>
    </message>
    <message>
        <source>the call was cancelled</source>
        <translation>volání bylo zrušeno</translation>
    </message>
    <message>
        <source>%1 ran longer than the server allows (%2 s) and was stopped</source>
        <translation>%1 běželo déle, než server dovoluje (%2 s), a bylo zastaveno</translation>
    </message>
</context>
<context>
    <name>Text</name>
    <message>
        <source>%1: %2: only %3 remain to invoice of the shipment</source>
        <translation>%1: %2: z výdejky zbývá fakturovat jen %3</translation>
    </message>
    <message>
        <source>%1: %2: only %3 remain to ship on line %4 of the order</source>
        <translation>%1: %2: na řádku %4 objednávky zbývá expedovat jen %3</translation>
    </message>
    <message>
        <source>%1: %2: only %3 remain to invoice on line %4 of the order</source>
        <translation>%1: %2: na řádku %4 objednávky zbývá fakturovat jen %3</translation>
    </message>
    <message>
        <source>kind: &quot;%1&quot; is no document kind</source>
        <translation>kind: „%1“ není druh dokladu</translation>
    </message>
    <message>
        <source>form: there is no print form &quot;%1&quot;</source>
        <translation>form: tiskový formulář „%1“ neexistuje</translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <source>login: there is no user &quot;%1&quot;</source>
        <translation>login: uživatel „%1“ neexistuje</translation>
    </message>
    <message>
        <source>the database has no administrator yet: give --admin-password or set ERP_ADMIN_PASSWORD</source>
        <translation>databáze zatím nemá administrátora: zadejte --admin-password nebo nastavte ERP_ADMIN_PASSWORD</translation>
    </message>
    <message>
        <source>the administrator password must be at least %1 characters long</source>
        <translation>heslo administrátora musí mít alespoň %1 znaků</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrátor</translation>
    </message>
    <message>
        <source>%1: must be at least %2 characters long</source>
        <translation>%1: musí mít alespoň %2 znaků</translation>
    </message>
</context>
<context>
    <name>ValueText</name>
    <message>
        <source>Yes</source>
        <translation>Ano</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ne</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>document number and date</comment>
        <translation>%1 ze dne %2</translation>
    </message>
</context>
<context>
    <name>erp::app::AnswerPanel</name>
    <message>
        <source>Save the object first; this is shown here then.</source>
        <translation>Nejprve objekt uložte; pak se zde zobrazí.</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Zatím nic nezaznamenáno.</translation>
    </message>
    <message>
        <source>Enter or a double-click opens the document</source>
        <translation>Enter nebo dvojklik otevře doklad</translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <comment>days</comment>
        <translation>
            <numerusform>%n den</numerusform>
            <numerusform>%n dny</numerusform>
            <numerusform>%n dní</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ano</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ne</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <comment>days and hours</comment>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <comment>hours and minutes</comment>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <comment>minutes</comment>
        <translation>%1 min</translation>
    </message>
</context>
<context>
    <name>erp::app::BasedOnCommand</name>
    <message>
        <source>Create &amp;based on</source>
        <translation>Vytvořit &amp;na základě</translation>
    </message>
    <message>
        <source>Create a document from this one, filled with what is still open (%1)</source>
        <translation>Vytvořit z tohoto dokladu nový, vyplněný tím, co ještě zbývá (%1)</translation>
    </message>
    <message>
        <source>Create based on</source>
        <translation>Vytvořit na základě</translation>
    </message>
    <message>
        <source>Nothing remains for a new document in “%1”: everything this document lists is covered by other documents already (shipped, invoiced or paid).</source>
        <translation>Pro nový doklad v „%1“ nic nezbývá: vše, co tento doklad uvádí, už pokrývají jiné doklady (expedováno, fakturováno nebo uhrazeno).</translation>
    </message>
</context>
<context>
    <name>erp::app::ChartPane</name>
    <message>
        <source>Bars</source>
        <translation>Sloupce</translation>
    </message>
    <message>
        <source>Stacked bars</source>
        <translation>Skládané sloupce</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Čára</translation>
    </message>
    <message>
        <source>Pie</source>
        <translation>Koláč</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Trychtýř</translation>
    </message>
    <message>
        <source>Chart type</source>
        <translation>Typ grafu</translation>
    </message>
    <message>
        <source>The server sent a chart that cannot be read.</source>
        <translation>Server poslal graf, který nelze přečíst.</translation>
    </message>
    <message>
        <source>Bubbles</source>
        <translation>Bubliny</translation>
    </message>
</context>
<context>
    <name>erp::app::ChecklistPanel</name>
    <message>
        <source>Space ticks the selected action as done</source>
        <translation>Mezerník označí vybraný krok jako hotový</translation>
    </message>
    <message>
        <source>done by %1, %2</source>
        <comment>user, local time</comment>
        <translation>hotovo: %1, %2</translation>
    </message>
    <message>
        <source>To do before moving on: %1 of %2 done</source>
        <translation>Udělat před dalším krokem: hotovo %1 z %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>transition, why it is refused now</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>field, what is wrong</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>erp::app::ChoiceDialog</name>
    <message>
        <source>Choose: %1</source>
        <translation>Výběr: %1</translation>
    </message>
</context>
<context>
    <name>erp::app::ClientSession</name>
    <message>
        <source>This part of the system is switched off.</source>
        <translation>Tato část systému je vypnutá.</translation>
    </message>
</context>
<context>
    <name>erp::app::DateEditor</name>
    <message>
        <source>Choose from the calendar (F4)</source>
        <translation>Vybrat z kalendáře (F4)</translation>
    </message>
    <message>
        <source>enter a date and time such as %1</source>
        <translation>zadejte datum a čas, například %1</translation>
    </message>
    <message>
        <source>enter a date such as %1</source>
        <translation>zadejte datum, například %1</translation>
    </message>
</context>
<context>
    <name>erp::app::DuplicateWarning</name>
    <message>
        <source>&amp;Open existing</source>
        <translation>&amp;Otevřít existující</translation>
    </message>
    <message>
        <source>Save &amp;anyway</source>
        <translation>&amp;Přesto uložit</translation>
    </message>
    <message>
        <source>Open the chosen existing object instead (Enter in the list)</source>
        <translation>Otevřít místo toho vybraný existující objekt (Enter v seznamu)</translation>
    </message>
    <message>
        <source>This is a different one: save it as it is</source>
        <translation>Jde o jiný objekt: uložit tak, jak je</translation>
    </message>
    <message>
        <source>a similar name</source>
        <translation>podobný název</translation>
    </message>
    <message>
        <source>the same %1</source>
        <translation>stejné %1</translation>
    </message>
    <message>
        <source>%1 %2 — %3</source>
        <comment>code, name, why it may be the same</comment>
        <translation>%1 %2 — %3</translation>
    </message>
    <message numerus="yes">
        <source>This may already be recorded: %n similar found. Open the existing one, or save this one anyway.</source>
        <translation>
            <numerusform>Možná už je zapsán: nalezen %n podobný. Otevřete existující, nebo tento přesto uložte.</numerusform>
            <numerusform>Možná už je zapsán: nalezeny %n podobné. Otevřete existující, nebo tento přesto uložte.</numerusform>
            <numerusform>Možná už je zapsán: nalezeno %n podobných. Otevřete existující, nebo tento přesto uložte.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>erp::app::FilterDialog</name>
    <message>
        <source>Filter: %1</source>
        <translation>Filtr: %1</translation>
    </message>
    <message>
        <source>&amp;Add condition</source>
        <translation>&amp;Přidat podmínku</translation>
    </message>
    <message>
        <source>&amp;Clear all</source>
        <translation>&amp;Zrušit vše</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>Odebrat tuto podmínku</translation>
    </message>
</context>
<context>
    <name>erp::app::FormSettingsDialog</name>
    <message>
        <source>Form settings</source>
        <translation>Nastavení formulářů</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Uživatel</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <source>Visible</source>
        <translation>Zobrazit</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Popisek</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Jen pro čtení</translation>
    </message>
    <message>
        <source>&amp;Catalog:</source>
        <translation>&amp;Katalog:</translation>
    </message>
    <message>
        <source>&amp;Applies to:</source>
        <translation>&amp;Platí pro:</translation>
    </message>
    <message>
        <source>&amp;Role or user:</source>
        <translation>&amp;Role nebo uživatel:</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Posunout &amp;nahoru</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Posunout &amp;dolů</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Uložit</translation>
    </message>
    <message>
        <source>&amp;Reset to the standard form</source>
        <translation>&amp;Obnovit standardní formulář</translation>
    </message>
    <message>
        <source>Saved. The form changes the next time it is opened.</source>
        <translation>Uloženo. Změny se projeví při příštím otevření formuláře.</translation>
    </message>
    <message>
        <source>The standard form applies again.</source>
        <translation>Opět platí standardní formulář.</translation>
    </message>
</context>
<context>
    <name>erp::app::HistoryDialog</name>
    <message>
        <source>History: %1</source>
        <translation>Historie: %1</translation>
    </message>
    <message>
        <source>Transition</source>
        <translation>Přechod</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Ze stavu</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Do stavu</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Uživatel</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Čas</translation>
    </message>
</context>
<context>
    <name>erp::app::IntegerEditor</name>
    <message>
        <source>must be a whole number between %1 and %2</source>
        <translation>musí být celé číslo v rozmezí %1 až %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>„%1“ není celé číslo</translation>
    </message>
</context>
<context>
    <name>erp::app::ListExport</name>
    <message>
        <source>The list has %1 rows; a file takes at most %2.</source>
        <translation>Seznam má %1 řádků; soubor pojme nejvýše %2.</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Export zrušen.</translation>
    </message>
    <message numerus="yes">
        <source>%n rows exported.</source>
        <translation>
            <numerusform>Exportován %n řádek.</numerusform>
            <numerusform>Exportovány %n řádky.</numerusform>
            <numerusform>Exportováno %n řádků.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>erp::app::ListWidget</name>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Vytvořit</translation>
    </message>
    <message>
        <source>Create a new object (Ins)</source>
        <translation>Vytvořit nový objekt (Ins)</translation>
    </message>
    <message>
        <source>Create &amp;group</source>
        <translation>Vytvořit &amp;skupinu</translation>
    </message>
    <message>
        <source>C&amp;hoose</source>
        <translation>Vy&amp;brat</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Otevřít</translation>
    </message>
    <message>
        <source>Choose the selected object (Enter)</source>
        <translation>Vybrat objekt na aktuálním řádku (Enter)</translation>
    </message>
    <message>
        <source>Open the selected object (Enter)</source>
        <translation>Otevřít objekt na aktuálním řádku (Enter)</translation>
    </message>
    <message>
        <source>&amp;Mark for deletion</source>
        <translation>Označit ke s&amp;mazání</translation>
    </message>
    <message>
        <source>Mark or unmark the selected object for deletion (Del)</source>
        <translation>Označit objekt ke smazání nebo označení zrušit (Del)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ob&amp;novit</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>O ú&amp;roveň výš</translation>
    </message>
    <message>
        <source>Back to the enclosing group (Ctrl+Up)</source>
        <translation>Zpět do nadřazené skupiny (Ctrl+Up)</translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translation>S&amp;kupiny</translation>
    </message>
    <message>
        <source>Show groups, or every object in one list</source>
        <translation>Zobrazit skupiny, nebo všechny objekty v jednom seznamu</translation>
    </message>
    <message>
        <source>Show &amp;marked</source>
        <translation>&amp;Zobrazit označené</translation>
    </message>
    <message>
        <source>Show objects marked for deletion (struck out)</source>
        <translation>Zobrazit objekty označené ke smazání (přeškrtnuté)</translation>
    </message>
    <message>
        <source>Search by code, name, IČO, e-mail… (Ctrl+F)</source>
        <translation>Hledat podle kódu, názvu, IČO, e-mailu… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Načítání…</translation>
    </message>
    <message>
        <source>Remove the deletion mark from &quot;%1&quot;?</source>
        <translation>Zrušit označení ke smazání u „%1“?</translation>
    </message>
    <message>
        <source>Mark &quot;%1&quot; for deletion?</source>
        <translation>Označit „%1“ ke smazání?</translation>
    </message>
    <message>
        <source>%1: all objects</source>
        <translation>%1: všechny objekty</translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation>&amp;Filtr…</translation>
    </message>
    <message>
        <source>Show only the rows that meet conditions (Ctrl+Shift+F)</source>
        <translation>Zobrazit jen řádky splňující podmínky (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Filter: %1 — &lt;a href=&quot;edit&quot;&gt;change&lt;/a&gt; · &lt;a href=&quot;clear&quot;&gt;clear&lt;/a&gt;</source>
        <translation>Filtr: %1 — &lt;a href=&quot;edit&quot;&gt;změnit&lt;/a&gt; · &lt;a href=&quot;clear&quot;&gt;zrušit&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Search by number (Ctrl+F)</source>
        <translation>Hledat podle čísla (Ctrl+F)</translation>
    </message>
    <message>
        <source>Create a new document (Ins)</source>
        <translation>Vytvořit nový doklad (Ins)</translation>
    </message>
    <message>
        <source>Its movements will be taken back.</source>
        <translation>Jeho pohyby budou vzaty zpět.</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historie</translation>
    </message>
    <message>
        <source>Who moved the selected document from state to state, and when (Ctrl+H)</source>
        <translation>Kdo a kdy převedl vybraný doklad z jednoho stavu do druhého (Ctrl+H)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>document kind, document</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>&amp;Copy rows</source>
        <translation>&amp;Kopírovat řádky</translation>
    </message>
    <message>
        <source>Copy the selected rows as a table for a spreadsheet (Ctrl+C)</source>
        <translation>Zkopírovat vybrané řádky jako tabulku pro tabulkový procesor (Ctrl+C)</translation>
    </message>
    <message>
        <source>Default columns</source>
        <translation>Výchozí sloupce</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Sloupce</translation>
    </message>
    <message>
        <source>1 row copied</source>
        <translation>Zkopírován 1 řádek</translation>
    </message>
    <message>
        <source>%1 rows copied</source>
        <translation>Zkopírováno řádků: %1</translation>
    </message>
    <message>
        <source>Rows: %1</source>
        <translation>Řádků: %1</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportovat…</translation>
    </message>
    <message>
        <source>Export the whole list to an Excel or CSV file (Ctrl+Shift+E)</source>
        <translation>Exportovat celý seznam do souboru Excel nebo CSV (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ano</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ne</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>Exportuje se %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
</context>
<context>
    <name>erp::app::LoginDialog</name>
    <message>
        <source>Log in to ERP</source>
        <translation>Přihlášení do ERP</translation>
    </message>
    <message>
        <source>A saved connection; type a new name to save this one</source>
        <translation>Uložené připojení; zadáním nového názvu uložíte toto připojení</translation>
    </message>
    <message>
        <source>Local server</source>
        <translation>Místní server</translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation>&amp;Připojení:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Uživatel:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Heslo:</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>Př&amp;ihlásit</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Připojování…</translation>
    </message>
    <message>
        <source>Enter the server as host:port, for example 127.0.0.1:7410.</source>
        <translation>Zadejte server ve tvaru host:port, například 127.0.0.1:7410.</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Zadejte své uživatelské jméno.</translation>
    </message>
</context>
<context>
    <name>erp::app::MainWindow</name>
    <message>
        <source>ERP</source>
        <translation>ERP</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Soubor</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Nastavení…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Konec</translation>
    </message>
    <message>
        <source>&amp;Window</source>
        <translation>&amp;Okno</translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation>&amp;Zavřít kartu</translation>
    </message>
    <message>
        <source>&amp;Next tab</source>
        <translation>&amp;Další karta</translation>
    </message>
    <message>
        <source>&amp;Sections</source>
        <translation>&amp;Sekce</translation>
    </message>
    <message>
        <source>User: %1 (%2)</source>
        <translation>Uživatel: %1 (%2)</translation>
    </message>
    <message>
        <source>Server: %1 — %2</source>
        <translation>Server: %1 — %2</translation>
    </message>
    <message>
        <source>Disconnected: %1</source>
        <translation>Odpojeno: %1</translation>
    </message>
    <message>
        <source>Save your work elsewhere and log in again.</source>
        <translation>Rozpracovaná data si uložte jinam a znovu se přihlaste.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Načítání…</translation>
    </message>
    <message>
        <source>%1 (switched off)</source>
        <translation>%1 (vypnuto)</translation>
    </message>
    <message>
        <source>This part of the system was switched off by an administrator. The form keeps what you typed, but it cannot be saved until the part is switched on again.</source>
        <translation>Tuto část systému vypnul správce. Formulář si ponechá, co jste zadali, ale uložit jej půjde, až bude tato část znovu zapnutá.</translation>
    </message>
    <message>
        <source>Switched off by an administrator, closed: %1.</source>
        <translation>Vypnuto správcem, zavřeno: %1.</translation>
    </message>
    <message>
        <source>Switched off, kept open for the unsaved changes (they cannot be saved now): %1.</source>
        <translation>Vypnuto, ponecháno otevřené kvůli neuloženým změnám (nyní je nelze uložit): %1.</translation>
    </message>
</context>
<context>
    <name>erp::app::MyTasksView</name>
    <message>
        <source>Show &amp;done ones too</source>
        <translation>Zobrazit i &amp;hotové</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termín</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Předmět</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Zákazník</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Obchodní případ</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorita</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Číslo</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Obnovit</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>Nic k vyřízení.</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s), %1 overdue</source>
        <translation>
            <numerusform>%n úkol, %1 po termínu</numerusform>
            <numerusform>%n úkoly, %1 po termínu</numerusform>
            <numerusform>%n úkolů, %1 po termínu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n úkol</numerusform>
            <numerusform>%n úkoly</numerusform>
            <numerusform>%n úkolů</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>erp::app::ObjectForm</name>
    <message>
        <source>Save and &amp;close</source>
        <translation>Uložit a &amp;zavřít</translation>
    </message>
    <message>
        <source>Save and close (Ctrl+Enter)</source>
        <translation>Uložit a zavřít (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Uložit</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Uložit (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Načíst znovu</translation>
    </message>
    <message>
        <source>Discard your changes and read the object again?</source>
        <translation>Zahodit provedené změny a načíst objekt znovu?</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zavřít</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Zavřít (Esc)</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1 (nový záznam)</translation>
    </message>
    <message>
        <source>Reload the object to see the other user&apos;s changes? Your changes in this form will be lost.</source>
        <translation>Načíst objekt znovu a zobrazit změny jiného uživatele? Vaše změny v tomto formuláři budou ztraceny.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Načíst znovu</translation>
    </message>
    <message>
        <source>Keep my changes</source>
        <translation>Ponechat mé změny</translation>
    </message>
    <message>
        <source>Save the changes before closing?</source>
        <translation>Uložit změny před zavřením?</translation>
    </message>
    <message>
        <source>Post and &amp;close</source>
        <translation>Zaúčtovat a &amp;zavřít</translation>
    </message>
    <message>
        <source>Save, post and close (Ctrl+Enter)</source>
        <translation>Uložit, zaúčtovat a zavřít (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>%1 %2 of %3</source>
        <comment>document kind, number, date</comment>
        <translation>%1 %2 ze dne %3</translation>
    </message>
    <message>
        <source>Marked for deletion</source>
        <translation>Označeno ke smazání</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historie</translation>
    </message>
    <message>
        <source>Who moved the document from state to state, and when (Ctrl+H)</source>
        <translation>Kdo a kdy převedl doklad z jednoho stavu do druhého (Ctrl+H)</translation>
    </message>
    <message>
        <source>Mark &quot;%1&quot; for deletion?</source>
        <translation>Označit „%1“ ke smazání?</translation>
    </message>
    <message>
        <source>Its movements will be taken back.</source>
        <translation>Jeho pohyby budou vzaty zpět.</translation>
    </message>
    <message>
        <source>Read the object again</source>
        <translation>Znovu načíst objekt</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Tisk</translation>
    </message>
    <message>
        <source>This may already be recorded</source>
        <translation>Možná už je zapsán</translation>
    </message>
    <message>
        <source>Print (%1): this kind has no printed forms</source>
        <translation>Tisk (%1): tento druh nemá tiskové formuláře</translation>
    </message>
</context>
<context>
    <name>erp::app::OptionsView</name>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Načíst znovu</translation>
    </message>
    <message>
        <source>Functional options switch parts of the system on and off for every user. Nothing is deleted: what is switched on again comes back as it was. Space or Enter switches the selected option.</source>
        <translation>Funkční volby zapínají a vypínají části systému pro všechny uživatele. Nic se nemaže: co se znovu zapne, vrátí se, jak bylo. Mezerník nebo Enter přepne vybranou volbu.</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Volba</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Popis</translation>
    </message>
    <message>
        <source>Governs</source>
        <translation>Řídí</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Zapnuto</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Vypnuto</translation>
    </message>
    <message>
        <source>Wait until the previous change is done.</source>
        <translation>Počkejte, až se dokončí předchozí změna.</translation>
    </message>
    <message>
        <source>Switching on %1…</source>
        <translation>Zapínám %1…</translation>
    </message>
    <message>
        <source>Switching off %1…</source>
        <translation>Vypínám %1…</translation>
    </message>
    <message>
        <source>%1 was not changed: %2</source>
        <translation>%1 se nezměnilo: %2</translation>
    </message>
    <message>
        <source>%1 is switched on for every user.</source>
        <translation>%1 je zapnuto pro všechny uživatele.</translation>
    </message>
    <message>
        <source>%1 is switched off for every user.</source>
        <translation>%1 je vypnuto pro všechny uživatele.</translation>
    </message>
    <message>
        <source>Kinds</source>
        <translation>Druhy</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Pole</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Metody</translation>
    </message>
    <message>
        <source>Registers</source>
        <translation>Registry</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>erp::app::PdfPreviewDialog</name>
    <message>
        <source>Save PDF…</source>
        <translation>Uložit PDF…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Uložit PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumenty PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>erp::app::PipelineColumn</name>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; · %n deal(s)&lt;br&gt;%2 · weighted &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; · %n případ&lt;br&gt;%2 · vážená &lt;b&gt;%3&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; · %n případy&lt;br&gt;%2 · vážená &lt;b&gt;%3&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; · %n případů&lt;br&gt;%2 · vážená &lt;b&gt;%3&lt;/b&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>erp::app::PipelineView</name>
    <message>
        <source>&amp;My deals only</source>
        <translation>Jen &amp;moje případy</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Obnovit</translation>
    </message>
    <message>
        <source>Ctrl+→ / Ctrl+← or dragging moves a deal to the next stage · Enter opens it</source>
        <translation>Ctrl+→ / Ctrl+← nebo přetažení posune případ do další fáze · Enter jej otevře</translation>
    </message>
    <message numerus="yes">
        <source>Open: %n deal(s), weighted %1</source>
        <translation>
            <numerusform>Otevřené: %n případ, váženě %1</numerusform>
            <numerusform>Otevřené: %n případy, váženě %1</numerusform>
            <numerusform>Otevřené: %n případů, váženě %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Open: %n deal(s)</source>
        <translation>
            <numerusform>Otevřené: %n případ</numerusform>
            <numerusform>Otevřené: %n případy</numerusform>
            <numerusform>Otevřené: %n případů</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot move to “%2”: no transition you may run leads there from “%3”.</source>
        <translation>%1 nelze posunout do „%2“: z „%3“ tam nevede žádný přechod, který smíte spustit.</translation>
    </message>
    <message>
        <source>%1 stays where it is: %2</source>
        <translation>%1 zůstává, kde je: %2</translation>
    </message>
    <message>
        <source>%1 moved to “%2”.</source>
        <translation>%1 posunut do „%2“.</translation>
    </message>
</context>
<context>
    <name>erp::app::PrintMenu</name>
    <message>
        <source>Czech</source>
        <translation>Česky</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglicky</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Print %1 (%2); the arrow lists the other forms and languages</source>
        <translation>Tisk %1 (%2); šipka nabízí další formuláře a jazyky</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Tisk %1</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Tisk</translation>
    </message>
</context>
<context>
    <name>erp::app::RefEditor</name>
    <message>
        <source>…</source>
        <comment>opens a chooser</comment>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose from the list (F4)</source>
        <translation>Vybrat ze seznamu (F4)</translation>
    </message>
    <message>
        <source>choose a value from the list</source>
        <translation>vyberte hodnotu ze seznamu</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>nothing matches &quot;%1&quot;</source>
        <translation>„%1“ nic neodpovídá</translation>
    </message>
    <message>
        <source>Nothing matches &quot;%1&quot;</source>
        <translation>„%1“ nic neodpovídá</translation>
    </message>
    <message>
        <source>Several objects match &quot;%1&quot;: choose one from the list</source>
        <translation>„%1“ odpovídá více objektů: vyberte jeden ze seznamu</translation>
    </message>
</context>
<context>
    <name>erp::app::RelatedList</name>
    <message>
        <source>Show:</source>
        <translation>Zobrazit:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Vytvořit</translation>
    </message>
    <message>
        <source>A new one that belongs to this object (Insert)</source>
        <translation>Nový, patřící k tomuto objektu (Insert)</translation>
    </message>
    <message>
        <source>Save the object first; what belongs to it is listed here then.</source>
        <translation>Nejprve objekt uložte; co k němu patří, se pak zobrazí zde.</translation>
    </message>
</context>
<context>
    <name>erp::app::RelatedPanel</name>
    <message>
        <source>Related documents</source>
        <translation>Související doklady</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Doklad</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Číslo</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Zbývá</translation>
    </message>
    <message>
        <source>Enter or a double-click opens the document</source>
        <translation>Enter nebo dvojklik otevře doklad</translation>
    </message>
    <message>
        <source>The documents made from this one and those it was made from appear here once it is saved.</source>
        <translation>Doklady vytvořené z tohoto a ty, ze kterých vznikl, se zde zobrazí po uložení.</translation>
    </message>
    <message>
        <source>No documents were made from this one yet, nor was it made from another one.</source>
        <translation>Z tohoto dokladu zatím nebyl vytvořen žádný jiný a ani on nebyl vytvořen z jiného.</translation>
    </message>
</context>
<context>
    <name>erp::app::ReminderBar</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Otevřít</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Skrýt</translation>
    </message>
    <message>
        <source>Open the task (Alt+O)</source>
        <translation>Otevřít úkol (Alt+O)</translation>
    </message>
    <message>
        <source>Hide this reminder (Alt+D)</source>
        <translation>Skrýt tuto připomínku (Alt+D)</translation>
    </message>
    <message>
        <source>Reminders: %1</source>
        <translation>Připomínky: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2</source>
        <comment>number, subject</comment>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>po termínu od %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>termín %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more waiting</source>
        <translation>
            <numerusform>čeká ještě %n</numerusform>
            <numerusform>čekají ještě %n</numerusform>
            <numerusform>čeká ještě %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Reminder: %1</source>
        <translation>Připomínka: %1</translation>
    </message>
</context>
<context>
    <name>erp::app::ReportCommands</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Tisk…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Na výšku</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Na šířku</translation>
    </message>
    <message>
        <source>Print the report with the parameters given (%1)</source>
        <translation>Vytisknout sestavu se zadanými parametry (%1)</translation>
    </message>
    <message>
        <source>Export the rows shown to an Excel or CSV file (Ctrl+Shift+E)</source>
        <translation>Exportovat zobrazené řádky do souboru Excel nebo CSV (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Tisk %1</translation>
    </message>
    <message>
        <source>Run the report first (F5): the export writes the rows shown.</source>
        <translation>Nejprve sestavu spusťte (F5): export zapíše zobrazené řádky.</translation>
    </message>
</context>
<context>
    <name>erp::app::ReportModel</name>
    <message>
        <source>Total</source>
        <translation>Celkem</translation>
    </message>
</context>
<context>
    <name>erp::app::ReportProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
    <message>
        <source>Stop the report (Esc)</source>
        <translation>Zastavit sestavu (Esc)</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Ruší se…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 z %2</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 z %3</translation>
    </message>
</context>
<context>
    <name>erp::app::ReportSettingsBox</name>
    <message>
        <source>Save as…</source>
        <translation>Uložit jako…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Smazat</translation>
    </message>
    <message>
        <source>Saved settings of this report</source>
        <translation>Uložená nastavení této sestavy</translation>
    </message>
    <message>
        <source>Delete the chosen settings</source>
        <translation>Smazat vybrané nastavení</translation>
    </message>
    <message>
        <source>(settings)</source>
        <translation>(nastavení)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Save report settings</source>
        <translation>Uložit nastavení sestavy</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Název:</translation>
    </message>
    <message>
        <source>Who else gets the settings saved next</source>
        <translation>S kým sdílet nastavení, které uložíte příště</translation>
    </message>
    <message>
        <source>Only me</source>
        <translation>Jen pro mě</translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation>Pro: %1</translation>
    </message>
    <message>
        <source>%1 (for %2)</source>
        <translation>%1 (pro %2)</translation>
    </message>
</context>
<context>
    <name>erp::app::ReportView</name>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Spustit</translation>
    </message>
    <message>
        <source>Run the report (F5)</source>
        <translation>Spustit sestavu (F5)</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Běží…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s), made at %1</source>
        <translation>
            <numerusform>%n řádek, sestaveno v %1</numerusform>
            <numerusform>%n řádky, sestaveno v %1</numerusform>
            <numerusform>%n řádků, sestaveno v %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Zrušeno</translation>
    </message>
</context>
<context>
    <name>erp::app::SectionEditor</name>
    <message>
        <source>Add line</source>
        <translation>Přidat řádek</translation>
    </message>
    <message>
        <source>Copy line</source>
        <translation>Kopírovat řádek</translation>
    </message>
    <message>
        <source>Delete line</source>
        <translation>Odstranit řádek</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Posunout nahoru</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Posunout dolů</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Line %1, %2: %3</source>
        <translation>Řádek %1, %2: %3</translation>
    </message>
</context>
<context>
    <name>erp::app::SectionModel</name>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
</context>
<context>
    <name>erp::app::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Nastavení</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Podle systému</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Jazyk:</translation>
    </message>
    <message>
        <source>The new language applies the next time you start the program.</source>
        <translation>Nový jazyk se projeví při příštím spuštění programu.</translation>
    </message>
</context>
<context>
    <name>erp::app::TimelineModel</name>
    <message>
        <source>When</source>
        <translation>Kdy</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Co</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Číslo</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Předmět</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Částka</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manažer</translation>
    </message>
</context>
<context>
    <name>erp::app::TimelinePanel</name>
    <message>
        <source>Everything</source>
        <translation>Vše</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Zobrazit:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Od:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Do:</translation>
    </message>
    <message>
        <source>Manager:</source>
        <translation>Manažer:</translation>
    </message>
    <message>
        <source>Enter or a double-click opens the document</source>
        <translation>Enter nebo dvojklik otevře doklad</translation>
    </message>
    <message>
        <source>Nothing recorded for these filters.</source>
        <translation>Pro tyto filtry není nic zapsáno.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries shown; more as you scroll</source>
        <translation>
            <numerusform>zobrazen %n záznam; další při posouvání</numerusform>
            <numerusform>zobrazeny %n záznamy; další při posouvání</numerusform>
            <numerusform>zobrazeno %n záznamů; další při posouvání</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n záznam</numerusform>
            <numerusform>%n záznamy</numerusform>
            <numerusform>%n záznamů</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the object first; its history is shown here then.</source>
        <translation>Nejprve objekt uložte; jeho historie se pak zobrazí zde.</translation>
    </message>
</context>
<context>
    <name>erp::app::TransitionActions</name>
    <message>
        <source>marks the document for deletion</source>
        <translation>označí doklad ke smazání</translation>
    </message>
    <message>
        <source>removes the deletion mark</source>
        <translation>zruší označení ke smazání</translation>
    </message>
    <message>
        <source>records the document&apos;s movements</source>
        <translation>zapíše pohyby dokladu</translation>
    </message>
    <message>
        <source>takes the document&apos;s movements back</source>
        <translation>vezme pohyby dokladu zpět</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>transition title, what it does</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation>&amp;Další</translation>
    </message>
    <message>
        <source>More commands of the document&apos;s workflow</source>
        <translation>Další příkazy workflow dokladu</translation>
    </message>
</context>
</TS>
