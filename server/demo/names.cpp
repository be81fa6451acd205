#include "names.h"

namespace erp::demo {

const QStringList &Names::maleFirst()
{
    static const QStringList l{QStringLiteral("Jan"), QStringLiteral("Petr"), QStringLiteral("Jiří"), QStringLiteral("Tomáš"),
                               QStringLiteral("Lukáš"), QStringLiteral("Ondřej"), QStringLiteral("Martin"), QStringLiteral("Vojtěch"),
                               QStringLiteral("Radek"), QStringLiteral("Zdeněk"), QStringLiteral("Miroslav"), QStringLiteral("Václav"),
                               QStringLiteral("David"), QStringLiteral("Michael"), QStringLiteral("Štěpán"), QStringLiteral("Matěj")};
    return l;
}

const QStringList &Names::femaleFirst()
{
    static const QStringList l{QStringLiteral("Jana"), QStringLiteral("Eva"), QStringLiteral("Hana"), QStringLiteral("Lucie"),
                               QStringLiteral("Tereza"), QStringLiteral("Kateřina"), QStringLiteral("Markéta"), QStringLiteral("Zuzana"),
                               QStringLiteral("Veronika"), QStringLiteral("Michaela"), QStringLiteral("Božena"), QStringLiteral("Anežka"),
                               QStringLiteral("Sarah"), QStringLiteral("Emily"), QStringLiteral("Šárka"), QStringLiteral("Růžena")};
    return l;
}

const QStringList &Names::maleLast()
{
    static const QStringList l{QStringLiteral("Novák"), QStringLiteral("Svoboda"), QStringLiteral("Novotný"), QStringLiteral("Dvořák"),
                               QStringLiteral("Černý"), QStringLiteral("Procházka"), QStringLiteral("Kučera"), QStringLiteral("Veselý"),
                               QStringLiteral("Horák"), QStringLiteral("Němec"), QStringLiteral("Pokorný"), QStringLiteral("Marek"),
                               QStringLiteral("Růžička"), QStringLiteral("Žák"), QStringLiteral("Kříž"), QStringLiteral("Smith"),
                               QStringLiteral("Brown"), QStringLiteral("Šťastný"), QStringLiteral("Bartoš"), QStringLiteral("Čermák")};
    return l;
}

const QStringList &Names::femaleLast()
{
    static const QStringList l{QStringLiteral("Nováková"), QStringLiteral("Svobodová"), QStringLiteral("Novotná"),
                               QStringLiteral("Dvořáková"), QStringLiteral("Černá"), QStringLiteral("Procházková"),
                               QStringLiteral("Kučerová"), QStringLiteral("Veselá"), QStringLiteral("Horáková"),
                               QStringLiteral("Němcová"), QStringLiteral("Pokorná"), QStringLiteral("Marková"),
                               QStringLiteral("Růžičková"), QStringLiteral("Žáková"), QStringLiteral("Křížová"),
                               QStringLiteral("Smith"), QStringLiteral("Brown"), QStringLiteral("Šťastná"),
                               QStringLiteral("Bartošová"), QStringLiteral("Čermáková")};
    return l;
}

const QStringList &Names::companyWords()
{
    static const QStringList l{QStringLiteral("Žlutý kůň"), QStringLiteral("Modrá hvězda"), QStringLiteral("Stavby Morava"),
                               QStringLiteral("Pekárna U Mlýna"), QStringLiteral("Elektro Šumava"), QStringLiteral("Dřevo Krkonoše"),
                               QStringLiteral("Strojírny Vysočina"), QStringLiteral("Česká obchodní"), QStringLiteral("Pivovar Řevnice"),
                               QStringLiteral("Autoservis Říčany"), QStringLiteral("Zahradnictví Květ"), QStringLiteral("Tiskárna Písmo"),
                               QStringLiteral("Nordic Trade"), QStringLiteral("Green Energy"), QStringLiteral("Blue River Logistics"),
                               QStringLiteral("Silver Line Consulting"), QStringLiteral("Kovo Žďár"), QStringLiteral("Agro Hřebeč"),
                               QStringLiteral("Lékárna Na Poříčí"), QStringLiteral("Optika Čočka"), QStringLiteral("Textil Úpice"),
                               QStringLiteral("Sklárna Třešť"), QStringLiteral("Vinařství Mikulov"), QStringLiteral("Software Brno"),
                               QStringLiteral("Stavebniny Ústí"), QStringLiteral("Doprava Plzeň"), QStringLiteral("Hotel Šumná"),
                               QStringLiteral("Mlékárna Polná"), QStringLiteral("Nábytek Štěpánek"), QStringLiteral("Koloniál Hořice")};
    return l;
}

const QStringList &Names::companySuffixes()
{
    static const QStringList l{QStringLiteral("s.r.o."), QStringLiteral("a.s."), QStringLiteral("spol. s r.o."),
                               QStringLiteral("v.o.s."), QStringLiteral("Ltd."), QStringLiteral("k.s.")};
    return l;
}

const QStringList &Names::cities()
{
    static const QStringList l{QStringLiteral("Praha"), QStringLiteral("Brno"), QStringLiteral("Ostrava"), QStringLiteral("Plzeň"),
                               QStringLiteral("Liberec"), QStringLiteral("Olomouc"), QStringLiteral("České Budějovice"),
                               QStringLiteral("Hradec Králové"), QStringLiteral("Ústí nad Labem"), QStringLiteral("Pardubice"),
                               QStringLiteral("Zlín"), QStringLiteral("Jihlava"), QStringLiteral("Třebíč"), QStringLiteral("Kolín"),
                               QStringLiteral("Písek"), QStringLiteral("Žďár nad Sázavou")};
    return l;
}

const QStringList &Names::streets()
{
    static const QStringList l{QStringLiteral("Náměstí Míru"), QStringLiteral("Husova"), QStringLiteral("Komenského"),
                               QStringLiteral("Palackého"), QStringLiteral("Nádražní"), QStringLiteral("Žižkova"),
                               QStringLiteral("Masarykova"), QStringLiteral("Školní"), QStringLiteral("Třída Svobody"),
                               QStringLiteral("U Řeky"), QStringLiteral("Dlouhá"), QStringLiteral("Krátká")};
    return l;
}

const QStringList &Names::productNouns()
{
    static const QStringList l{QStringLiteral("Šroub"), QStringLiteral("Matice"), QStringLiteral("Podložka"), QStringLiteral("Vrták"),
                               QStringLiteral("Kladivo"), QStringLiteral("Pilka"), QStringLiteral("Kabel"), QStringLiteral("Zásuvka"),
                               QStringLiteral("Žárovka"), QStringLiteral("Barva"), QStringLiteral("Lepidlo"), QStringLiteral("Rukavice"),
                               QStringLiteral("Hadice"), QStringLiteral("Kleště"), QStringLiteral("Páska"), QStringLiteral("Štětec"),
                               QStringLiteral("Drill bit"), QStringLiteral("Cable tie"), QStringLiteral("Spirit level")};
    return l;
}

const QStringList &Names::productAdjectives()
{
    static const QStringList l{QStringLiteral("pozinkovaný"), QStringLiteral("nerezový"), QStringLiteral("žlutý"),
                               QStringLiteral("černý"), QStringLiteral("zelený"), QStringLiteral("profesionální"),
                               QStringLiteral("odolný"), QStringLiteral("kompaktní"), QStringLiteral("průmyslový"),
                               QStringLiteral("lehký"), QStringLiteral("těžký"), QStringLiteral("heavy duty")};
    return l;
}

const QStringList &Names::manufacturers()
{
    static const QStringList l{QStringLiteral("Narex"), QStringLiteral("Bosch"), QStringLiteral("Makita"), QStringLiteral("Festa"),
                               QStringLiteral("Den Braven"), QStringLiteral("Hartmann-Tresore"), QStringLiteral("Kovoživ"),
                               QStringLiteral("Stanley")};
    return l;
}

const QStringList &Names::jobTitles()
{
    static const QStringList l{QStringLiteral("Jednatel"), QStringLiteral("Nákupčí"), QStringLiteral("Ředitel"),
                               QStringLiteral("Účetní"), QStringLiteral("Vedoucí skladu"), QStringLiteral("Purchasing manager"),
                               QStringLiteral("Asistentka"), QStringLiteral("Obchodní zástupce")};
    return l;
}

} // namespace erp::demo
