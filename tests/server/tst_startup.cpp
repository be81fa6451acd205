// Server start-up: database creation, first administrator, demo data, restarts, bad options.
#include "catalogclient.h"
#include "serverprocess.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace erp::test;

class TestStartup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qunsetenv("ERP_ADMIN_PASSWORD"); }

    void refusesToCreateADatabaseWithoutAdministratorPassword()
    {
        ServerProcess server;
        QString output;
        QCOMPARE(server.runToCompletion({QStringLiteral("--init")}, &output), 1);
        QVERIFY2(output.contains(QLatin1String("--admin-password")), qPrintable(output));
        QCOMPARE(server.runToCompletion({QStringLiteral("--init"), QStringLiteral("--admin-password"), QStringLiteral("short")},
                                        &output), 1);
        QVERIFY2(output.contains(QLatin1String("at least 8")), qPrintable(output));
    }

    // The demo's history is entered through the real document store: every document it makes is
    // accepted, the books balance, and it reaches today with open orders and unpaid invoices.
    void demoHistoryPostsEveryDocumentUpToToday()
    {
        ServerProcess server;
        QString output;
        QCOMPARE(server.runToCompletion({QStringLiteral("--init"), QStringLiteral("--admin-password"),
                                         ServerProcess::adminPassword(), QStringLiteral("--demo"),
                                         QStringLiteral("--demo-days"), QStringLiteral("45")},
                                        &output),
                 0);
        QVERIFY2(output.contains(QLatin1String("demo history: 45 days")), qPrintable(output));
        QVERIFY2(!output.contains(QLatin1String("refused")), qPrintable(output));
        QVERIFY(server.restart());
        auto c = server.connect();
        QVERIFY(c);
        const QCborMap tb = c->call(QStringLiteral("report.trialBalance"), {}).result.toMap();
        QVERIFY(!tb.value(QStringLiteral("rows")).toArray().isEmpty());
        QCOMPARE(tb.value(QStringLiteral("debit")).toString(), tb.value(QStringLiteral("credit")).toString());

        const auto invoices = c->call(QStringLiteral("document.list"),
                                      params(QStringLiteral("sales_invoices"), {{QStringLiteral("limit"), 1000}}));
        QVERIFY(invoices.ok);
        const QCborArray rows = invoices.result.toMap().value(QStringLiteral("rows")).toArray();
        QVERIFY2(rows.size() > 60, qPrintable(QString::number(rows.size())));
        const QDate today = QDate::currentDate();
        QDate first = today, last;
        for (const QCborValue &r : rows) {
            const QDate d = QDateTime::fromString(r.toMap().value(QStringLiteral("date")).toString(), Qt::ISODateWithMs)
                                .toLocalTime()
                                .date();
            first = qMin(first, d);
            last = qMax(last, d);
        }
        QVERIFY2(first >= today.addDays(-45) && first <= today.addDays(-40), qPrintable(first.toString(Qt::ISODate)));
        QVERIFY2(last >= today.addDays(-4), qPrintable(last.toString(Qt::ISODate)));

        // Some invoices are still to be paid, and nothing is paid twice.
        const auto open = c->call(QStringLiteral("register.balances"),
                                  map({{QStringLiteral("register"), QStringLiteral("settlements")}}));
        QVERIFY2(open.ok, qPrintable(open.error.message));
        int owed = 0;
        for (const QCborValue &r : open.result.toMap().value(QStringLiteral("rows")).toArray()) {
            const QString amount = r.toMap().value(QStringLiteral("amount")).toString();
            QVERIFY2(!amount.startsWith(u'-'), qPrintable(amount));
            owed += amount != QLatin1String("0") ? 1 : 0;
        }
        QVERIFY(owed > 0);
        // Stock never went below zero anywhere.
        const auto stock = c->call(QStringLiteral("register.balances"),
                                   map({{QStringLiteral("register"), QStringLiteral("stock")}}));
        QVERIFY(stock.ok);
        QVERIFY(!stock.result.toMap().value(QStringLiteral("rows")).toArray().isEmpty());
        for (const QCborValue &r : stock.result.toMap().value(QStringLiteral("rows")).toArray())
            QVERIFY(!r.toMap().value(QStringLiteral("quantity")).toString().startsWith(u'-'));

        // Some clients first came through a marketing event; their deals took it from them.
        QHash<qint64, qint64> eventOf;
        const QCborMap partners = c->call(QStringLiteral("catalog.list"),
                                          params(QStringLiteral("partners"),
                                                 {{QStringLiteral("limit"), 1000},
                                                  {QStringLiteral("filters"),
                                                   QCborArray{map({{QStringLiteral("field"), QStringLiteral("marketing_event")},
                                                                   {QStringLiteral("op"), QStringLiteral("notNull")}})}}}))
                                      .result.toMap();
        for (const QCborValue &r : partners.value(QStringLiteral("rows")).toArray())
            if (r.toMap().value(QStringLiteral("marketing_event")).isInteger())
                eventOf.insert(r.toMap().value(QStringLiteral("id")).toInteger(),
                               r.toMap().value(QStringLiteral("marketing_event")).toInteger());
        QVERIFY2(eventOf.size() >= 6, qPrintable(QString::number(eventOf.size())));
        int dealsOfThem = 0;
        const QCborMap deals = c->call(QStringLiteral("document.list"),
                                       params(QStringLiteral("deals"),
                                              {{QStringLiteral("limit"), 1000},
                                               {QStringLiteral("filters"),
                                                QCborArray{map({{QStringLiteral("field"), QStringLiteral("partner")},
                                                                {QStringLiteral("op"), QStringLiteral("in")},
                                                                {QStringLiteral("value"), [&] {
                                                                     QCborArray ids;
                                                                     for (const qint64 id : eventOf.keys())
                                                                         ids.append(id);
                                                                     return ids;
                                                                 }()}})}}}))
                                   .result.toMap();
        for (const QCborValue &r : deals.value(QStringLiteral("rows")).toArray()) {
            const qint64 partner = r.toMap().value(QStringLiteral("partner")).toInteger();
            if (!eventOf.contains(partner))
                continue;
            ++dealsOfThem;
            QCOMPARE(r.toMap().value(QStringLiteral("marketing_event")).toInteger(), eventOf.value(partner));
        }
        QVERIFY(dealsOfThem >= eventOf.size());
    }

    void fillsDemoDataAndKeepsItAcrossRestarts()
    {
        ServerProcess server;
        QVERIFY(server.start({}, true));
        auto c = server.connect();
        QVERIFY(c);
        const auto found = c->call(QStringLiteral("catalog.search"),
                                   params(QStringLiteral("partners"), {{QStringLiteral("text"), QStringLiteral("zluty kun")}}));
        QVERIFY(found.ok);
        const QCborArray rows = found.result.toMap().value(QStringLiteral("rows")).toArray();
        QVERIFY(!rows.isEmpty());
        QVERIFY(rows[0].toMap().value(QStringLiteral("name")).toString().startsWith(QStringLiteral("Žlutý kůň")));
        const auto products = c->call(QStringLiteral("catalog.list"), params(QStringLiteral("products"), {{QStringLiteral("limit"), 5}}));
        QCOMPARE(products.result.toMap().value(QStringLiteral("rows")).toArray().size(), 5);
        // Every demo IČO carries a valid modulo-11 check digit.
        const auto partners = c->call(QStringLiteral("catalog.list"), params(QStringLiteral("partners"),
            {{QStringLiteral("limit"), 200}, {QStringLiteral("filters"), QCborArray{map({{QStringLiteral("field"), QStringLiteral("ico")},
                                                                                        {QStringLiteral("op"), QStringLiteral("notNull")}})}}}));
        for (const QCborValue &row : partners.result.toMap().value(QStringLiteral("rows")).toArray()) {
            const QString ico = row.toMap().value(QStringLiteral("ico")).toString();
            int sum = 0;
            for (int i = 0; i < 7; ++i)
                sum += ico[i].digitValue() * (8 - i);
            const int check = (11 - sum % 11) % 10;
            QCOMPARE(ico[7].digitValue(), check);
        }
        c.reset();
        server.stop(); // an embedded database belongs to one process at a time

        QString output;
        QCOMPARE(server.runToCompletion({QStringLiteral("--init"), QStringLiteral("--demo")}, &output), 1);
        QVERIFY2(output.contains(QLatin1String("already has partners")), qPrintable(output));

        QVERIFY(server.restart());
        QVERIFY2(!server.log().contains(QLatin1String("schema: applied")), qPrintable(server.log()));
        c = server.connect();
        QVERIFY(c);
        QVERIFY(!c->call(QStringLiteral("catalog.search"), params(QStringLiteral("partners"), {{QStringLiteral("text"), QStringLiteral("zluty")}}))
                     .result.toMap().value(QStringLiteral("rows")).toArray().isEmpty());
    }

    void reportsBrokenMetadataByFile()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("broken.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"catalog": "x", "fields": [{"name": "a", "type": "money", "oops": }]})");
        f.close();
        ServerProcess server;
        QString output;
        QCOMPARE(server.runToCompletion({QStringLiteral("--metadata"), dir.path()}, &output), 1);
        QVERIFY2(output.contains(QLatin1String("broken.json")), qPrintable(output));
    }

    void rejectsBadOptions()
    {
        ServerProcess server;
        QString output;
        QCOMPARE(server.runToCompletion({QStringLiteral("--listen"), QStringLiteral("nowhere")}, &output), 1);
        QVERIFY2(output.contains(QLatin1String("--listen")), qPrintable(output));
        QCOMPARE(server.runToCompletion({QStringLiteral("--workers"), QStringLiteral("0")}, &output), 1);
        QVERIFY2(output.contains(QLatin1String("--workers")), qPrintable(output));
    }
};

QTEST_GUILESS_MAIN(TestStartup)
#include "tst_startup.moc"
