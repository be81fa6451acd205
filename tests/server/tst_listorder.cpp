// Lists as a reader of a language expects them, through the real server: text sorts in the
// session language's collation (Czech: "Ch" after "H", "Š" after "S") while search still
// ignores case and accents, keyset paging across the Czech boundaries returns every row once,
// and a list's totals are those of every row its filters select, not of the page.
#include "catalogclient.h"
#include "serverprocess.h"

#include <QTest>

using namespace erp::test;
using erp::client::Reply;

class TestListOrder : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    std::unique_ptr<erp::client::Connection> m_admin;
    std::unique_ptr<erp::client::Connection> m_czech;
    const QString m_city = QStringLiteral("Kolín");
    QList<qint64> m_invoices;

    std::unique_ptr<erp::client::Connection> connectIn(const QString &language)
    {
        auto c = std::make_unique<erp::client::Connection>();
        QString error;
        if (!c->open(QStringLiteral("127.0.0.1"), m_server.port(), &error, 10000, language)
            || !c->login(QStringLiteral("admin"), ServerProcess::adminPassword(), &error)) {
            qWarning() << error;
            return nullptr;
        }
        return c;
    }

    QCborMap listParams(const QString &sort, bool descending, int limit)
    {
        return params(QStringLiteral("partners"),
                      {{QStringLiteral("sort"), sort},
                       {QStringLiteral("descending"), descending},
                       {QStringLiteral("limit"), limit},
                       {QStringLiteral("filters"), QCborArray{map({{QStringLiteral("field"), QStringLiteral("city")},
                                                                   {QStringLiteral("value"), m_city}})}}});
    }

    // Every name of the list, page after page through the keyset cursor.
    QStringList walk(erp::client::Connection &c, const QString &sort, bool descending, int pageSize)
    {
        QStringList names;
        QCborMap p = listParams(sort, descending, pageSize);
        for (int page = 0; page < 100; ++page) {
            const Reply r = c.call(QStringLiteral("catalog.list"), p);
            if (!r.ok) {
                qWarning() << r.error.message;
                return {};
            }
            const QCborMap result = r.result.toMap();
            for (const QCborValue &row : result.value(QStringLiteral("rows")).toArray())
                names.append(row.toMap().value(QStringLiteral("name")).toString());
            if (!result.value(QStringLiteral("more")).toBool())
                break;
            p.insert(QStringLiteral("after"), result.value(QStringLiteral("next")));
        }
        return names;
    }

    static QStringList reversed(QStringList list)
    {
        std::reverse(list.begin(), list.end());
        return list;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        m_admin = m_server.connect();
        QVERIFY(m_admin);
        m_czech = connectIn(QStringLiteral("cs_CZ"));
        QVERIFY(m_czech);
        // Equal names on purpose: paging must continue inside a run of them.
        const QStringList names{QStringLiteral("Hora"),    QStringLiteral("Chalupa"), QStringLiteral("Cibulka"),
                                QStringLiteral("Šimek"),   QStringLiteral("Svoboda"), QStringLiteral("Sedlák"),
                                QStringLiteral("Chalupa"), QStringLiteral("Hora"),    QStringLiteral("Ivan"),
                                QStringLiteral("Šťastný"), QStringLiteral("Tomáš Kříž"), QStringLiteral("Chalupa"),
                                QStringLiteral("Čapek"),   QStringLiteral("Zeman")};
        int i = 0;
        for (const QString &name : names)
            QVERIFY(createCatalog(*m_admin, QStringLiteral("partners"),
                                  map({{QStringLiteral("name"), name},
                                       {QStringLiteral("city"), m_city},
                                       {QStringLiteral("credit_limit"), QStringLiteral("%1.25").arg(1000 * ++i)}})));
        QVERIFY(createCatalog(*m_admin, QStringLiteral("partners"),
                              map({{QStringLiteral("name"), QStringLiteral("Elsewhere")},
                                   {QStringLiteral("city"), QStringLiteral("Brno")},
                                   {QStringLiteral("credit_limit"), QStringLiteral("5")}})));
    }

    void sortsInCzechForACzechSession()
    {
        const QStringList czech{QStringLiteral("Cibulka"), QStringLiteral("Čapek"),   QStringLiteral("Hora"),
                                QStringLiteral("Hora"),    QStringLiteral("Chalupa"), QStringLiteral("Chalupa"),
                                QStringLiteral("Chalupa"), QStringLiteral("Ivan"),    QStringLiteral("Sedlák"),
                                QStringLiteral("Svoboda"), QStringLiteral("Šimek"),   QStringLiteral("Šťastný"),
                                QStringLiteral("Tomáš Kříž"), QStringLiteral("Zeman")};
        QCOMPARE(walk(*m_czech, QStringLiteral("name"), false, 100), czech);
        // Page sizes that cut inside the runs of equal names and across "H"/"Ch" and "S"/"Š".
        for (int size : {1, 2, 3, 4})
            QCOMPARE(walk(*m_czech, QStringLiteral("name"), false, size), czech);
        for (int size : {1, 3})
            QCOMPARE(walk(*m_czech, QStringLiteral("name"), true, size), reversed(czech));
        // A jump to a letter is in the same order: "Ch" starts after every "H".
        QCborMap p = listParams(QStringLiteral("name"), false, 2);
        p.insert(QStringLiteral("after"), map({{QStringLiteral("value"), QStringLiteral("Ch")}, {QStringLiteral("id"), 0}}));
        const QCborArray rows = m_czech->call(QStringLiteral("catalog.list"), p).result.toMap().value(QStringLiteral("rows")).toArray();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).toMap().value(QStringLiteral("name")).toString(), QStringLiteral("Chalupa"));
        // Other text fields sort the same way.
        QCOMPARE(walk(*m_czech, QStringLiteral("city"), false, 5).size(), czech.size());
    }

    void sortsInUnicodeOrderForAnEnglishSession()
    {
        const QStringList names = walk(*m_admin, QStringLiteral("name"), false, 3);
        QCOMPARE(names.size(), 14);
        QVERIFY(names.indexOf(QStringLiteral("Chalupa")) < names.indexOf(QStringLiteral("Cibulka")));
        QVERIFY(names.indexOf(QStringLiteral("Chalupa")) < names.indexOf(QStringLiteral("Hora")));
        QVERIFY(names.indexOf(QStringLiteral("Šimek")) < names.indexOf(QStringLiteral("Svoboda")));
        QCOMPARE(walk(*m_admin, QStringLiteral("name"), true, 4), reversed(names));
    }

    void searchStillIgnoresCaseAndAccents()
    {
        for (const QString &text : {QStringLiteral("kriz"), QStringLiteral("tom kri"), QStringLiteral("KŘÍŽ")}) {
            const QCborArray rows = m_czech->call(QStringLiteral("catalog.search"),
                                                  params(QStringLiteral("partners"), {{QStringLiteral("text"), text}}))
                                        .result.toMap().value(QStringLiteral("rows")).toArray();
            QCOMPARE(rows.size(), 1);
            QCOMPARE(rows.at(0).toMap().value(QStringLiteral("name")).toString(), QStringLiteral("Tomáš Kříž"));
        }
        // "s" finds "Š" too in a Czech session: comparison is not the sort order.
        QCborMap p = listParams(QStringLiteral("name"), false, 100);
        QCborArray filters = p.value(QStringLiteral("filters")).toArray();
        filters.append(map({{QStringLiteral("field"), QStringLiteral("name")}, {QStringLiteral("op"), QStringLiteral("startsWith")},
                            {QStringLiteral("value"), QStringLiteral("s")}}));
        p.insert(QStringLiteral("filters"), filters);
        QCOMPARE(m_czech->call(QStringLiteral("catalog.list"), p).result.toMap().value(QStringLiteral("rows")).toArray().size(), 4);
    }

    void totalsCoverEveryRowTheFilterSelects()
    {
        QCborMap p = listParams(QStringLiteral("name"), false, 2);
        p.insert(QStringLiteral("totals"), QCborArray{QStringLiteral("credit_limit")});
        const Reply r = m_czech->call(QStringLiteral("catalog.list"), p);
        QVERIFY2(r.ok, qPrintable(r.error.message));
        const QCborMap result = r.result.toMap();
        QCOMPARE(result.value(QStringLiteral("rows")).toArray().size(), 2);
        QCOMPARE(result.value(QStringLiteral("count")).toInteger(), 14);
        // 1000.25 + 2000.25 + ... + 14000.25: every row of Kolín, not Brno's, not only the page.
        QCOMPARE(result.value(QStringLiteral("totals")).toMap().value(QStringLiteral("credit_limit")).toString(),
                 QStringLiteral("105003.5000"));
        // The page after does not change them.
        p.insert(QStringLiteral("after"), result.value(QStringLiteral("next")));
        const QCborMap next = m_czech->call(QStringLiteral("catalog.list"), p).result.toMap();
        QCOMPARE(next.value(QStringLiteral("count")).toInteger(), 14);
        // Nothing selected: zero, not null.
        QCborMap none = params(QStringLiteral("partners"),
                               {{QStringLiteral("filters"), QCborArray{map({{QStringLiteral("field"), QStringLiteral("city")},
                                                                            {QStringLiteral("value"), QStringLiteral("Nikde")}})}},
                                {QStringLiteral("totals"), QCborArray{QStringLiteral("credit_limit")}}});
        const QCborMap empty = m_admin->call(QStringLiteral("catalog.list"), none).result.toMap();
        QCOMPARE(empty.value(QStringLiteral("count")).toInteger(), 0);
        QCOMPARE(empty.value(QStringLiteral("totals")).toMap().value(QStringLiteral("credit_limit")).toString(),
                 QStringLiteral("0.0000"));
    }

    void refusesTotalsOfWhatCannotBeSummed()
    {
        for (const QCborValue &bad : {QCborValue(QStringLiteral("name")), QCborValue(QStringLiteral("nothing")), QCborValue(7)}) {
            QCborMap p = listParams(QStringLiteral("name"), false, 2);
            p.insert(QStringLiteral("totals"), QCborArray{QStringLiteral("credit_limit"), bad});
            const Reply r = m_admin->call(QStringLiteral("catalog.list"), p);
            QVERIFY(!r.ok);
            QCOMPARE(r.error.field, QStringLiteral("totals[2]"));
        }
    }

    void documentTotalsSumEveryInvoiceTheFilterSelects()
    {
        const qint64 org = createCatalog(*m_admin, QStringLiteral("organizations"), map({{QStringLiteral("name"), QStringLiteral("Alfa Obchod")}}));
        const qint64 unit = createCatalog(*m_admin, QStringLiteral("units"), map({{QStringLiteral("code"), QStringLiteral("ks")}, {QStringLiteral("name"), QStringLiteral("kus")}}));
        const qint64 product = createCatalog(*m_admin, QStringLiteral("products"),
                                             map({{QStringLiteral("name"), QStringLiteral("Služba")}, {QStringLiteral("unit"), unit},
                                                  {QStringLiteral("product_type"), QStringLiteral("service")}}));
        const qint64 partner = createCatalog(*m_admin, QStringLiteral("partners"), map({{QStringLiteral("name"), QStringLiteral("Odběratel")}}));
        const qint64 counterparty = createCatalog(*m_admin, QStringLiteral("counterparties"),
                                                  map({{QStringLiteral("name"), QStringLiteral("Odběratel s.r.o.")}, {QStringLiteral("partner"), partner}}));
        QVERIFY(org && product && counterparty);
        QStringList totals;
        for (int i = 1; i <= 5; ++i) {
            const Reply r = createDocument(*m_admin, QStringLiteral("sales_invoices"),
                                           map({{QStringLiteral("organization"), org}, {QStringLiteral("partner"), partner},
                                                {QStringLiteral("counterparty"), counterparty},
                                                {QStringLiteral("date"), QStringLiteral("2026-11-2%1T08:00:00Z").arg(i)}}),
                                           {map({{QStringLiteral("product"), product}, {QStringLiteral("quantity"), QStringLiteral("1")},
                                                 {QStringLiteral("price"), QStringLiteral("%1").arg(i * 100)}})},
                                           false);
            QVERIFY2(r.ok, qPrintable(r.error.message));
            m_invoices.append(r.result.toMap().value(QStringLiteral("id")).toInteger());
        }
        QCborMap p = params(QStringLiteral("sales_invoices"),
                            {{QStringLiteral("limit"), 2},
                             {QStringLiteral("filters"), QCborArray{map({{QStringLiteral("field"), QStringLiteral("date")},
                                                                         {QStringLiteral("op"), QStringLiteral(">=")},
                                                                         {QStringLiteral("value"), QStringLiteral("2026-11-22T00:00:00Z")}})}},
                             {QStringLiteral("totals"), QCborArray{QStringLiteral("total"), QStringLiteral("total_net")}}});
        const Reply r = m_admin->call(QStringLiteral("document.list"), p);
        QVERIFY2(r.ok, qPrintable(r.error.message));
        const QCborMap result = r.result.toMap();
        QCOMPARE(result.value(QStringLiteral("rows")).toArray().size(), 2);
        QCOMPARE(result.value(QStringLiteral("count")).toInteger(), 4);
        // The sum the server reports equals the sum of the rows it lists, read one by one.
        QCborMap all = p;
        all.insert(QStringLiteral("limit"), 100);
        all.remove(QStringLiteral("totals"));
        qint64 cents = 0;
        for (const QCborValue &row : m_admin->call(QStringLiteral("document.list"), all).result.toMap().value(QStringLiteral("rows")).toArray())
            cents += qRound64(row.toMap().value(QStringLiteral("total")).toString().toDouble() * 100);
        QVERIFY(cents > 0);
        const QString expected = QStringLiteral("%1.%2").arg(cents / 100).arg(cents % 100, 2, 10, QLatin1Char('0')) + QStringLiteral("00");
        QCOMPARE(result.value(QStringLiteral("totals")).toMap().value(QStringLiteral("total")).toString(), expected);
        QCOMPARE(result.value(QStringLiteral("totals")).toMap().value(QStringLiteral("total_net")).toString(),
                 QStringLiteral("1400.0000")); // 200 + 300 + 400 + 500
    }
};

QTEST_GUILESS_MAIN(TestListOrder)
#include "tst_listorder.moc"
