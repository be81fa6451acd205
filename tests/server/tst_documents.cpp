// Documents and registers through the real server: posting as "document in, rows out",
// numbering, the state machine, balances at a date, the stock control under concurrency.
#include "catalogclient.h"
#include "decimal.h"
#include "serverprocess.h"

#include <QCborArray>
#include <QTest>

#include <atomic>
#include <thread>

using erp::client::Reply;
using erp::protocol::ErrorCode;
using namespace erp::test;

class TestDocuments : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    std::unique_ptr<erp::client::Connection> m_c;
    qint64 m_org = 0, m_otherOrg = 0, m_warehouse = 0, m_unit = 0, m_productA = 0, m_productB = 0, m_customer = 0;
    qint64 m_shipment = 0, m_receipt1 = 0;

    qint64 createCatalog(const QString &kind, const QCborMap &values)
    {
        return erp::test::createCatalog(*m_c, kind, values);
    }

    Reply document(const QString &kind, const QCborMap &values, const QCborArray &lines, bool post,
                   erp::client::Connection *c = nullptr)
    {
        return createDocument(c ? *c : *m_c, kind, values, lines, post);
    }

    QCborMap line(qint64 product, const QString &quantity, const QString &price)
    {
        return map({{QStringLiteral("product"), product},
                    {QStringLiteral("quantity"), quantity},
                    {QStringLiteral("price"), price}});
    }

    QCborMap header(const QString &date = QStringLiteral("2026-11-20T09:00:00Z"))
    {
        return map({{QStringLiteral("organization"), m_org},
                    {QStringLiteral("warehouse"), m_warehouse},
                    {QStringLiteral("partner"), m_customer},
                    {QStringLiteral("date"), date}});
    }

    QCborMap receiptHeader(const QString &date = QStringLiteral("2026-11-20T08:00:00Z"), qint64 org = 0)
    {
        return map({{QStringLiteral("organization"), org ? org : m_org},
                    {QStringLiteral("warehouse"), m_warehouse},
                    {QStringLiteral("date"), date}});
    }

    // quantity and cost of one product in the warehouse, at a moment (now when empty)
    std::pair<QString, QString> stock(qint64 product, const QString &at = QString())
    {
        QCborMap p = map({{QStringLiteral("register"), QStringLiteral("stock")},
                          {QStringLiteral("where"),
                           map({{QStringLiteral("warehouse"), m_warehouse}, {QStringLiteral("product"), product}})}});
        if (!at.isEmpty())
            p.insert(QStringLiteral("at"), at);
        const QCborArray rows =
            m_c->call(QStringLiteral("register.balances"), p).result.toMap().value(QStringLiteral("rows")).toArray();
        if (rows.isEmpty())
            return {QStringLiteral("0"), QStringLiteral("0")};
        return {rows[0].toMap().value(QStringLiteral("quantity")).toString(),
                rows[0].toMap().value(QStringLiteral("cost")).toString()};
    }

    struct Race
    {
        static constexpr int Clients = 6;
        int won = 0, refused = 0, other = 0;
    };

    // Clients post the same one-line document at once, each over its own connection; counts
    // who posted, who was refused for want of `scarceName`, and anything else.
    Race postAtOnce(const QString &kind, const QCborMap &oneLine, const QString &scarceName)
    {
        std::atomic<int> won{0}, refused{0}, other{0};
        std::vector<std::thread> threads;
        const QCborMap head = header();
        for (int i = 0; i < Race::Clients; ++i) {
            threads.emplace_back([&] {
                auto c = m_server.connect();
                const Reply r = c ? document(kind, head, {oneLine}, true, c.get()) : Reply{};
                if (r.ok)
                    ++won;
                else if (r.error.code == ErrorCode::Validation && r.error.message.contains(scarceName))
                    ++refused;
                else {
                    qWarning() << "unexpected:" << int(r.error.code) << r.error.message;
                    ++other;
                }
            });
        }
        for (std::thread &t : threads)
            t.join();
        return {won.load(), refused.load(), other.load()};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        m_c = m_server.connect();
        QVERIFY(m_c);
        m_org = createCatalog(QStringLiteral("organizations"),
                              map({{QStringLiteral("name"), QStringLiteral("Alfa Obchod")}}));
        m_otherOrg = createCatalog(QStringLiteral("organizations"),
                                   map({{QStringLiteral("name"), QStringLiteral("Beta Servis")}}));
        m_warehouse = createCatalog(
            QStringLiteral("warehouses"),
            map({{QStringLiteral("name"), QStringLiteral("Sklad Praha")}, {QStringLiteral("organization"), m_org}}));
        m_unit = createCatalog(QStringLiteral("units"), map({{QStringLiteral("code"), QStringLiteral("ks")},
                                                             {QStringLiteral("name"), QStringLiteral("kus")}}));
        m_productA = createCatalog(
            QStringLiteral("products"),
            map({{QStringLiteral("name"), QStringLiteral("Šroub M6")}, {QStringLiteral("unit"), m_unit}}));
        m_productB = createCatalog(
            QStringLiteral("products"),
            map({{QStringLiteral("name"), QStringLiteral("Žárovka E27")}, {QStringLiteral("unit"), m_unit}}));
        m_customer = createCatalog(QStringLiteral("partners"),
                                   map({{QStringLiteral("name"), QStringLiteral("Žlutý kůň s.r.o.")}}));
        QVERIFY(m_org && m_otherOrg && m_warehouse && m_productA && m_productB && m_customer);
    }

    void postsReceiptsIntoStock()
    {
        Reply r = document(QStringLiteral("goods_receipts"), receiptHeader(),
                           {line(m_productA, QStringLiteral("10"), QStringLiteral("100"))}, true);
        QVERIFY2(r.ok, qPrintable(r.error.message));
        const QCborMap receipt = r.result.toMap();
        m_receipt1 = receipt.value(QStringLiteral("id")).toInteger();
        QCOMPARE(receipt.value(QStringLiteral("status")).toString(), QStringLiteral("posted"));
        QCOMPARE(receipt.value(QStringLiteral("number")).toString(), QStringLiteral("PR-2026-000001"));
        // Document in, rows out.
        const QCborMap moves = m_c->call(QStringLiteral("document.movements"),
                                         params(QStringLiteral("goods_receipts"), {{QStringLiteral("id"), m_receipt1}}))
                                   .result.toMap();
        const QCborArray stockRows = moves.value(QStringLiteral("stock")).toArray();
        QCOMPARE(stockRows.size(), 1);
        QCOMPARE(stockRows[0].toMap().value(QStringLiteral("direction")).toInteger(), 1);
        QCOMPARE(stockRows[0].toMap().value(QStringLiteral("quantity")).toString(), QStringLiteral("10.000"));
        QCOMPARE(stockRows[0].toMap().value(QStringLiteral("cost")).toString(), QStringLiteral("1000.0000"));
        QCOMPARE(stockRows[0].toMap().value(QStringLiteral("product")).toInteger(), m_productA);
        r = document(QStringLiteral("goods_receipts"), receiptHeader(),
                     {line(m_productA, QStringLiteral("10"), QStringLiteral("130"))}, true);
        QVERIFY(r.ok);
        QCOMPARE(r.result.toMap().value(QStringLiteral("number")).toString(), QStringLiteral("PR-2026-000002"));
        QCOMPARE(stock(m_productA), std::make_pair(QStringLiteral("20.000"), QStringLiteral("2300.0000")));
    }

    void shipsAtMovingAverageCost()
    {
        Reply r = document(QStringLiteral("shipments"), header(),
                           {line(m_productA, QStringLiteral("3"), QStringLiteral("200")),
                            line(m_productA, QStringLiteral("2"), QStringLiteral("200"))},
                           true);
        QVERIFY2(r.ok, qPrintable(r.error.message));
        m_shipment = r.result.toMap().value(QStringLiteral("id")).toInteger();
        const QCborMap moves = m_c->call(QStringLiteral("document.movements"),
                                         params(QStringLiteral("shipments"), {{QStringLiteral("id"), m_shipment}}))
                                   .result.toMap();
        const QCborMap out = moves.value(QStringLiteral("stock")).toArray().at(0).toMap();
        QCOMPARE(out.value(QStringLiteral("direction")).toInteger(), -1);
        QCOMPARE(out.value(QStringLiteral("quantity")).toString(), QStringLiteral("5.000"));
        QCOMPARE(out.value(QStringLiteral("cost")).toString(), QStringLiteral("575.0000")); // 2300 / 20 × 5
        // The shipment records the cost of the sale; its invoice the quantity and revenue.
        const QCborMap sale = moves.value(QStringLiteral("sales")).toArray().at(0).toMap();
        QCOMPARE(sale.value(QStringLiteral("revenue")).toString(), QStringLiteral("0.0000"));
        QCOMPARE(sale.value(QStringLiteral("cost")).toString(), QStringLiteral("575.0000"));
        QCOMPARE(sale.value(QStringLiteral("partner")).toInteger(), m_customer);
        QCOMPARE(stock(m_productA), std::make_pair(QStringLiteral("15.000"), QStringLiteral("1725.0000")));
    }

    void refusesToShipWhatIsNotThere()
    {
        const QCborArray before = m_c->call(QStringLiteral("document.list"), params(QStringLiteral("shipments")))
                                      .result.toMap()
                                      .value(QStringLiteral("rows"))
                                      .toArray();
        const Reply r = document(QStringLiteral("shipments"), header(),
                                 {line(m_productA, QStringLiteral("100"), QStringLiteral("200"))}, true);
        QVERIFY(!r.ok);
        QCOMPARE(r.error.code, ErrorCode::Validation);
        QVERIFY2(r.error.message.contains(QStringLiteral("Šroub M6")) &&
                     r.error.message.contains(QStringLiteral("85.000")),
                 qPrintable(r.error.message));
        // Nothing half-saved: no document, no movement.
        QCOMPARE(m_c->call(QStringLiteral("document.list"), params(QStringLiteral("shipments")))
                     .result.toMap()
                     .value(QStringLiteral("rows"))
                     .toArray()
                     .size(),
                 before.size());
        QCOMPARE(stock(m_productA), std::make_pair(QStringLiteral("15.000"), QStringLiteral("1725.0000")));
    }

    void unpostsAndPostsAgain()
    {
        QCborMap doc = m_c->call(QStringLiteral("document.read"),
                                 params(QStringLiteral("shipments"), {{QStringLiteral("id"), m_shipment}}))
                           .result.toMap();
        Reply r = m_c->call(
            QStringLiteral("document.unpost"),
            params(QStringLiteral("shipments"), {{QStringLiteral("id"), m_shipment},
                                                 {QStringLiteral("version"), doc.value(QStringLiteral("version"))}}));
        QVERIFY2(r.ok, qPrintable(r.error.message));
        QCOMPARE(r.result.toMap().value(QStringLiteral("status")).toString(), QStringLiteral("draft"));
        QCOMPARE(stock(m_productA), std::make_pair(QStringLiteral("20.000"), QStringLiteral("2300.0000")));
        QVERIFY(m_c->call(QStringLiteral("document.movements"),
                          params(QStringLiteral("shipments"), {{QStringLiteral("id"), m_shipment}}))
                    .result.toMap()
                    .isEmpty());
        r = m_c->call(QStringLiteral("document.post"),
                      params(QStringLiteral("shipments"),
                             {{QStringLiteral("id"), m_shipment},
                              {QStringLiteral("version"), r.result.toMap().value(QStringLiteral("version"))}}));
        QVERIFY2(r.ok, qPrintable(r.error.message));
        QCOMPARE(stock(m_productA), std::make_pair(QStringLiteral("15.000"), QStringLiteral("1725.0000")));
        // A stale version is refused and changes nothing.
        r = m_c->call(
            QStringLiteral("document.unpost"),
            params(QStringLiteral("shipments"), {{QStringLiteral("id"), m_shipment},
                                                 {QStringLiteral("version"), doc.value(QStringLiteral("version"))}}));
        QCOMPARE(r.error.code, ErrorCode::Conflict);
        QCOMPARE(stock(m_productA), std::make_pair(QStringLiteral("15.000"), QStringLiteral("1725.0000")));
    }

    void repostsAPostedDocumentWhenItChanges()
    {
        const QCborMap receipt =
            m_c->call(QStringLiteral("document.read"),
                      params(QStringLiteral("goods_receipts"), {{QStringLiteral("id"), m_receipt1}}))
                .result.toMap();
        QCborMap p = params(QStringLiteral("goods_receipts"),
                            {{QStringLiteral("id"), m_receipt1},
                             {QStringLiteral("version"), receipt.value(QStringLiteral("version"))}});
        p.insert(QStringLiteral("sections"),
                 map({{QStringLiteral("lines"),
                       QCborArray{line(m_productA, QStringLiteral("12"), QStringLiteral("100"))}}}));
        const Reply r = m_c->call(QStringLiteral("document.update"), p);
        QVERIFY2(r.ok, qPrintable(r.error.message));
        QCOMPARE(r.result.toMap().value(QStringLiteral("status")).toString(), QStringLiteral("posted"));
        QCOMPARE(stock(m_productA).first, QStringLiteral("17.000"));
    }

    void marksForDeletionAndUnposts()
    {
        const Reply made = document(QStringLiteral("goods_receipts"), receiptHeader(),
                                    {line(m_productB, QStringLiteral("4"), QStringLiteral("50"))}, true);
        QVERIFY(made.ok);
        QCOMPARE(stock(m_productB).first, QStringLiteral("4.000"));
        const QCborMap doc = made.result.toMap();
        const Reply r = m_c->call(
            QStringLiteral("document.setDeleted"),
            params(QStringLiteral("goods_receipts"), {{QStringLiteral("id"), doc.value(QStringLiteral("id"))},
                                                      {QStringLiteral("version"), doc.value(QStringLiteral("version"))},
                                                      {QStringLiteral("deleted"), true}}));
        QVERIFY2(r.ok, qPrintable(r.error.message));
        QCOMPARE(r.result.toMap().value(QStringLiteral("deleted")).toBool(), true);
        QCOMPARE(r.result.toMap().value(QStringLiteral("status")).toString(), QStringLiteral("draft"));
        QCOMPARE(stock(m_productB).first, QStringLiteral("0"));
    }

    void numbersPerOrganizationAndYear()
    {
        Reply r = document(QStringLiteral("goods_receipts"),
                           receiptHeader(QStringLiteral("2026-03-01T10:00:00Z"), m_otherOrg), {}, false);
        QCOMPARE(r.result.toMap().value(QStringLiteral("number")).toString(), QStringLiteral("PR-2026-000001"));
        r = document(QStringLiteral("goods_receipts"), receiptHeader(QStringLiteral("2025-12-31T10:00:00Z")), {},
                     false);
        QCOMPARE(r.result.toMap().value(QStringLiteral("number")).toString(), QStringLiteral("PR-2025-000001"));
        r = document(QStringLiteral("shipments"), header(), {}, false);
        QVERIFY(r.result.toMap().value(QStringLiteral("number")).toString().startsWith(QStringLiteral("SH-2026-")));
    }

    void knowsTheBalanceAtADate()
    {
        const qint64 product = createCatalog(
            QStringLiteral("products"),
            map({{QStringLiteral("name"), QStringLiteral("Hadice 20 m")}, {QStringLiteral("unit"), m_unit}}));
        QVERIFY(document(QStringLiteral("goods_receipts"), receiptHeader(QStringLiteral("2026-01-15T10:00:00Z")),
                         {line(product, QStringLiteral("8"), QStringLiteral("25"))}, true)
                    .ok);
        QVERIFY(document(QStringLiteral("shipments"), header(QStringLiteral("2026-02-10T10:00:00Z")),
                         {line(product, QStringLiteral("3"), QStringLiteral("40"))}, true)
                    .ok);
        QCOMPARE(stock(product, QStringLiteral("2026-01-10T00:00:00Z")).first, QStringLiteral("0"));
        QCOMPARE(stock(product, QStringLiteral("2026-01-31T23:59:59Z")).first, QStringLiteral("8.000"));
        QCOMPARE(stock(product, QStringLiteral("2026-02-10T09:59:59Z")).first, QStringLiteral("8.000"));
        QCOMPARE(stock(product, QStringLiteral("2026-02-10T10:00:00Z")).first, QStringLiteral("5.000"));
        QCOMPARE(stock(product, QStringLiteral("2026-03-01T00:00:00Z")),
                 std::make_pair(QStringLiteral("5.000"), QStringLiteral("125.0000")));
    }

    void refusesBadRegisterQueries()
    {
        auto query = [&](const QString &method, const QCborMap &where) {
            const QString reg =
                method == QStringLiteral("register.slice") ? QStringLiteral("prices") : QStringLiteral("stock");
            return m_c->call(method, map({{QStringLiteral("register"), reg},
                                          {QStringLiteral("at"), QStringLiteral("2026-03-01T00:00:00Z")},
                                          {QStringLiteral("where"), where}}));
        };
        for (const QString &method : {QStringLiteral("register.balances"), QStringLiteral("register.slice")}) {
            Reply r = query(method, map({{QStringLiteral("product"), QStringLiteral("x")}}));
            QCOMPARE(r.error.code, ErrorCode::Validation);
            QCOMPARE(r.error.field, QStringLiteral("where.product"));
            r = query(method, map({{QStringLiteral("colour"), 1}}));
            QCOMPARE(r.error.code, ErrorCode::Validation);
            QCOMPARE(r.error.field, QStringLiteral("where.colour"));
        }
        QVERIFY(query(QStringLiteral("register.balances"), map({{QStringLiteral("product"), m_productA}})).ok);
        Reply r = m_c->call(QStringLiteral("document.related"),
                            map({{QStringLiteral("kind"), QStringLiteral("no_such_kind")}, {QStringLiteral("id"), 1}}));
        QVERIFY(!r.ok);
        QCOMPARE(r.error.field, QStringLiteral("kind"));
        r = m_c->call(QStringLiteral("document.related"),
                      params(QStringLiteral("shipments"), {{QStringLiteral("id"), 999999}}));
        QCOMPARE(r.error.code, ErrorCode::NotFound);
    }

    void transfersAndCountsStock()
    {
        const qint64 other = createCatalog(
            QStringLiteral("warehouses"),
            map({{QStringLiteral("name"), QStringLiteral("Sklad Brno")}, {QStringLiteral("organization"), m_org}}));
        const qint64 product = createCatalog(
            QStringLiteral("products"),
            map({{QStringLiteral("name"), QStringLiteral("Barva bílá 5 l")}, {QStringLiteral("unit"), m_unit}}));
        QVERIFY(document(QStringLiteral("goods_receipts"), receiptHeader(),
                         {line(product, QStringLiteral("10"), QStringLiteral("30"))}, true)
                    .ok);
        // Transfer 4 of 10 to Brno at the average cost (30 each).
        Reply r = document(
            QStringLiteral("stock_transfers"),
            map({{QStringLiteral("organization"), m_org},
                 {QStringLiteral("warehouse"), m_warehouse},
                 {QStringLiteral("to_warehouse"), other},
                 {QStringLiteral("date"), QStringLiteral("2026-11-21T10:00:00Z")}}),
            {map({{QStringLiteral("product"), product}, {QStringLiteral("quantity"), QStringLiteral("4")}})}, true);
        QVERIFY2(r.ok, qPrintable(r.error.message));
        QCOMPARE(stock(product), std::make_pair(QStringLiteral("6.000"), QStringLiteral("180.0000")));
        const QCborArray atBrno =
            m_c->call(QStringLiteral("register.balances"),
                      map({{QStringLiteral("register"), QStringLiteral("stock")},
                           {QStringLiteral("where"),
                            map({{QStringLiteral("warehouse"), other}, {QStringLiteral("product"), product}})}}))
                .result.toMap()
                .value(QStringLiteral("rows"))
                .toArray();
        QCOMPARE(atBrno.at(0).toMap().value(QStringLiteral("quantity")).toString(), QStringLiteral("4.000"));
        QCOMPARE(atBrno.at(0).toMap().value(QStringLiteral("cost")).toString(), QStringLiteral("120.0000"));
        // The count finds 5 instead of 6: a shortage of 1 at 30.
        r = document(QStringLiteral("inventory_counts"),
                     map({{QStringLiteral("organization"), m_org},
                          {QStringLiteral("warehouse"), m_warehouse},
                          {QStringLiteral("date"), QStringLiteral("2026-11-22T10:00:00Z")}}),
                     {map({{QStringLiteral("product"), product}, {QStringLiteral("counted"), QStringLiteral("5")}})},
                     true);
        QVERIFY2(r.ok, qPrintable(r.error.message));
        QCOMPARE(stock(product), std::make_pair(QStringLiteral("5.000"), QStringLiteral("150.0000")));
        // And a later count finds 7: a surplus of 2 at the average cost.
        r = document(QStringLiteral("inventory_counts"),
                     map({{QStringLiteral("organization"), m_org},
                          {QStringLiteral("warehouse"), m_warehouse},
                          {QStringLiteral("date"), QStringLiteral("2026-11-23T10:00:00Z")}}),
                     {map({{QStringLiteral("product"), product}, {QStringLiteral("counted"), QStringLiteral("7")}})},
                     true);
        QVERIFY2(r.ok, qPrintable(r.error.message));
        QCOMPARE(stock(product), std::make_pair(QStringLiteral("7.000"), QStringLiteral("210.0000")));
    }

    void racingShipmentsNeverOversell()
    {
        const qint64 scarce = createCatalog(
            QStringLiteral("products"),
            map({{QStringLiteral("name"), QStringLiteral("Poslední kus")}, {QStringLiteral("unit"), m_unit}}));
        QVERIFY(document(QStringLiteral("goods_receipts"), receiptHeader(),
                         {line(scarce, QStringLiteral("1"), QStringLiteral("999"))}, true)
                    .ok);
        const Race race =
            postAtOnce(QStringLiteral("shipments"), line(scarce, QStringLiteral("1"), QStringLiteral("1500")),
                       QStringLiteral("Poslední kus"));
        QCOMPARE(race.won, 1);
        QCOMPARE(race.refused, Race::Clients - 1);
        QCOMPARE(race.other, 0);
        QCOMPARE(stock(scarce), std::make_pair(QStringLiteral("0"), QStringLiteral("0")));
    }

    void sellsServicesWithoutStock()
    {
        const qint64 service = createCatalog(QStringLiteral("products"),
                                             map({{QStringLiteral("name"), QStringLiteral("Montáž na místě")},
                                                  {QStringLiteral("unit"), m_unit},
                                                  {QStringLiteral("product_type"), QStringLiteral("service")}}));
        Reply r = document(QStringLiteral("sales_orders"), header(),
                           {line(service, QStringLiteral("3"), QStringLiteral("450"))}, true);
        QVERIFY2(r.ok, qPrintable(r.error.message)); // nothing in stock, nothing to reserve
        // Nothing to ship or reserve: a service is only invoiced, from the order (it is never shipped).
        QCOMPARE(m_c->call(QStringLiteral("document.movements"),
                           params(QStringLiteral("sales_orders"),
                                  {{QStringLiteral("id"), r.result.toMap().value(QStringLiteral("id"))}}))
                     .result.toMap()
                     .keys(),
                 QList<QCborValue>{QStringLiteral("orders_to_invoice")});
        r = document(QStringLiteral("shipments"), header(), {line(service, QStringLiteral("3"), QStringLiteral("450"))},
                     true);
        QVERIFY2(r.ok, qPrintable(r.error.message));
        const QCborMap moves = m_c->call(QStringLiteral("document.movements"),
                                         params(QStringLiteral("shipments"),
                                                {{QStringLiteral("id"), r.result.toMap().value(QStringLiteral("id"))}}))
                                   .result.toMap();
        QVERIFY(!moves.contains(QStringLiteral("stock")));
        QVERIFY(!moves.contains(QStringLiteral("sales"))); // a service's sale is its invoice's
        QCborMap invoiceHeader = header();
        invoiceHeader.remove(QStringLiteral("warehouse"));
        invoiceHeader.insert(QStringLiteral("counterparty"),
                             createCatalog(QStringLiteral("counterparties"),
                                           map({{QStringLiteral("name"), QStringLiteral("Odběratel s.r.o.")},
                                                {QStringLiteral("partner"), m_customer}})));
        r = document(QStringLiteral("sales_invoices"), invoiceHeader,
                     {line(service, QStringLiteral("3"), QStringLiteral("450"))}, true);
        QVERIFY2(r.ok, qPrintable(r.error.message));
        const QCborMap invoiced = m_c->call(QStringLiteral("document.movements"),
                                            params(QStringLiteral("sales_invoices"),
                                                   {{QStringLiteral("id"), r.result.toMap().value(QStringLiteral("id"))}}))
                                      .result.toMap();
        QCOMPARE(
            invoiced.value(QStringLiteral("sales")).toArray().at(0).toMap().value(QStringLiteral("revenue")).toString(),
            QStringLiteral("1350.0000"));
        QCOMPARE(stock(service).first, QStringLiteral("0"));
    }

    void pricesApplyFromTheirDate()
    {
        const qint64 retail = createCatalog(QStringLiteral("price_types"),
                                            map({{QStringLiteral("code"), QStringLiteral("MOC")},
                                                 {QStringLiteral("name"), QStringLiteral("Maloobchodní")}}));
        auto setPrice = [&](const QString &date, const QString &price) {
            QCborMap p = params(QStringLiteral("price_settings"));
            p.insert(QStringLiteral("values"), map({{QStringLiteral("organization"), m_org},
                                                    {QStringLiteral("price_type"), retail},
                                                    {QStringLiteral("date"), date}}));
            p.insert(QStringLiteral("sections"),
                     map({{QStringLiteral("lines"), QCborArray{map({{QStringLiteral("product"), m_productA},
                                                                    {QStringLiteral("price"), price}})}}}));
            p.insert(QStringLiteral("post"), true);
            return m_c->call(QStringLiteral("document.create"), p).ok;
        };
        QVERIFY(setPrice(QStringLiteral("2026-01-01T00:00:00Z"), QStringLiteral("120")));
        QVERIFY(setPrice(QStringLiteral("2026-06-01T00:00:00Z"), QStringLiteral("150")));
        auto priceAt = [&](const QString &at) {
            const QCborArray rows =
                m_c->call(QStringLiteral("register.slice"),
                          map({{QStringLiteral("register"), QStringLiteral("prices")},
                               {QStringLiteral("at"), at},
                               {QStringLiteral("where"), map({{QStringLiteral("price_type"), retail},
                                                              {QStringLiteral("product"), m_productA}})}}))
                    .result.toMap()
                    .value(QStringLiteral("rows"))
                    .toArray();
            return rows.isEmpty() ? QString() : rows[0].toMap().value(QStringLiteral("price")).toString();
        };
        QCOMPARE(priceAt(QStringLiteral("2025-12-31T00:00:00Z")), QString());
        QCOMPARE(priceAt(QStringLiteral("2026-03-01T00:00:00Z")), QStringLiteral("120.0000"));
        QCOMPARE(priceAt(QStringLiteral("2026-07-01T00:00:00Z")), QStringLiteral("150.0000"));
        // A sales order line without a price takes the price type's price at the order's date.
        QCborMap head = header(QStringLiteral("2026-07-02T10:00:00Z"));
        head.insert(QStringLiteral("price_type"), retail);
        const Reply r = document(
            QStringLiteral("sales_orders"), head,
            {map({{QStringLiteral("product"), m_productA}, {QStringLiteral("quantity"), QStringLiteral("2")}})}, false);
        QVERIFY2(r.ok, qPrintable(r.error.message));
        const QCborMap line = r.result.toMap()
                                  .value(QStringLiteral("sections"))
                                  .toMap()
                                  .value(QStringLiteral("lines"))
                                  .toArray()[0]
                                  .toMap();
        QCOMPARE(line.value(QStringLiteral("price")).toString(), QStringLiteral("150.0000"));
        QCOMPARE(line.value(QStringLiteral("amount")).toString(), QStringLiteral("300.0000"));
        QCOMPARE(line.value(QStringLiteral("vat_amount")).toString(), QStringLiteral("63.0000"));
    }

    void racingOrdersNeverOverReserve()
    {
        const qint64 scarce = createCatalog(
            QStringLiteral("products"),
            map({{QStringLiteral("name"), QStringLiteral("Jediný kus skladem")}, {QStringLiteral("unit"), m_unit}}));
        QVERIFY(document(QStringLiteral("goods_receipts"), receiptHeader(),
                         {line(scarce, QStringLiteral("1"), QStringLiteral("10"))}, true)
                    .ok);
        const Race race =
            postAtOnce(QStringLiteral("sales_orders"), line(scarce, QStringLiteral("1"), QStringLiteral("20")),
                       QStringLiteral("Jediný kus skladem"));
        QCOMPARE(race.won, 1);
        QCOMPARE(race.refused, Race::Clients - 1);
        QCOMPARE(race.other, 0);
        const QCborArray rows = m_c->call(QStringLiteral("register.balances"),
                                          map({{QStringLiteral("register"), QStringLiteral("reservations")},
                                               {QStringLiteral("where"), map({{QStringLiteral("product"), scarce}})}}))
                                    .result.toMap()
                                    .value(QStringLiteral("rows"))
                                    .toArray();
        QCOMPARE(rows.at(0).toMap().value(QStringLiteral("quantity")).toString(), QStringLiteral("1.000"));
    }

    void totalsEqualTheSumOfMovements()
    {
        // Invariant: the balance from the monthly totals equals the signed sum of every movement.
        QHash<qint64, erp::Decimal> fromMovements;
        for (const QString &kind : {QStringLiteral("goods_receipts"), QStringLiteral("shipments"),
                                    QStringLiteral("stock_transfers"), QStringLiteral("inventory_counts")}) {
            QCborMap p = params(kind, {{QStringLiteral("limit"), 1000}});
            for (const QCborValue &d :
                 m_c->call(QStringLiteral("document.list"), p).result.toMap().value(QStringLiteral("rows")).toArray()) {
                const QCborMap moves =
                    m_c->call(QStringLiteral("document.movements"),
                              params(kind, {{QStringLiteral("id"), d.toMap().value(QStringLiteral("id"))}}))
                        .result.toMap();
                for (const QCborValue &m : moves.value(QStringLiteral("stock")).toArray()) {
                    const QCborMap row = m.toMap();
                    if (row.value(QStringLiteral("warehouse")).toInteger() != m_warehouse)
                        continue;
                    erp::Decimal q = *erp::Decimal::parse(row.value(QStringLiteral("quantity")).toString());
                    if (row.value(QStringLiteral("direction")).toInteger() < 0)
                        q = q.negated();
                    const qint64 product = row.value(QStringLiteral("product")).toInteger();
                    fromMovements[product] = *fromMovements[product].plus(q);
                }
            }
        }
        QVERIFY(!fromMovements.isEmpty());
        for (auto it = fromMovements.constBegin(); it != fromMovements.constEnd(); ++it) {
            const QString balance = stock(it.key()).first;
            QCOMPARE(*erp::Decimal::parse(balance), it.value());
        }
    }

    // A shipment with no lines or only zero quantities is not posted (the second of two clerks
    // shipping the same order finds nothing left), and nothing of it is saved; as a draft it
    // may be kept.
    void refusesToPostADocumentWithNothingToPost()
    {
        const int before = int(m_c->call(QStringLiteral("document.list"),
                                         params(QStringLiteral("shipments"), {{QStringLiteral("limit"), 1000}}))
                                   .result.toMap()
                                   .value(QStringLiteral("rows"))
                                   .toArray()
                                   .size());
        for (const QCborArray &lines :
             {QCborArray{}, QCborArray{line(m_productA, QStringLiteral("0"), QStringLiteral("10"))}}) {
            const Reply r = document(QStringLiteral("shipments"), header(), lines, true);
            QCOMPARE(r.error.code, ErrorCode::Validation);
            QCOMPARE(r.error.field, QStringLiteral("lines"));
        }
        QCOMPARE(m_c->call(QStringLiteral("document.list"),
                           params(QStringLiteral("shipments"), {{QStringLiteral("limit"), 1000}}))
                     .result.toMap()
                     .value(QStringLiteral("rows"))
                     .toArray()
                     .size(),
                 before);
        const Reply draft = document(QStringLiteral("shipments"), header(), {}, false);
        QVERIFY2(draft.ok, qPrintable(draft.error.message));
        QCOMPARE(draft.result.toMap().value(QStringLiteral("status")).toString(), QStringLiteral("draft"));
    }

    // A shipment short of two products names both, one line each, and saves nothing.
    void namesEveryProductThatIsShort()
    {
        const Reply r = document(QStringLiteral("shipments"), header(),
                                 {line(m_productA, QStringLiteral("999999"), QStringLiteral("1")),
                                  line(m_productB, QStringLiteral("999999"), QStringLiteral("1"))},
                                 true);
        QCOMPARE(r.error.code, ErrorCode::Validation);
        const QStringList lines = r.error.message.split(u'\n');
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines[0].contains(QStringLiteral("Šroub M6")) && lines[1].contains(QStringLiteral("Žárovka E27")),
                 qPrintable(r.error.message));
    }
};

QTEST_GUILESS_MAIN(TestDocuments)
#include "tst_documents.moc"
