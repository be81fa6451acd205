// Controls that respect time, through the real server: a non-negative balance must not go
// below zero at a posting's moment nor at any later moment, and amounts the metadata bounds
// ("min") are refused, naming the field, with nothing saved.
//
// The rule: a balance at a moment includes every movement dated up to and including that
// moment, so a receipt and a shipment at the same moment count together (in any order).
#include "catalogclient.h"
#include "serverprocess.h"

#include <QCborArray>
#include <QTest>

#include <atomic>
#include <thread>

using erp::client::Reply;
using erp::protocol::ErrorCode;
using namespace erp::test;

class TestTimeControls : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    std::unique_ptr<erp::client::Connection> m_c;
    qint64 m_org = 0, m_warehouse = 0, m_unit = 0, m_customer = 0, m_counterparty = 0;

    qint64 createCatalog(const QString &kind, const QCborMap &values) { return erp::test::createCatalog(*m_c, kind, values); }

    qint64 product(const QString &name)
    {
        return createCatalog(QStringLiteral("products"), map({{QStringLiteral("name"), name}, {QStringLiteral("unit"), m_unit}}));
    }

    QCborMap line(qint64 product, const QString &quantity)
    {
        return map({{QStringLiteral("product"), product}, {QStringLiteral("quantity"), quantity}, {QStringLiteral("price"), QStringLiteral("10")}});
    }

    Reply receive(qint64 product, const QString &quantity, const QString &date, erp::client::Connection *c = nullptr)
    {
        return createDocument(c ? *c : *m_c, QStringLiteral("goods_receipts"),
                              map({{QStringLiteral("organization"), m_org}, {QStringLiteral("warehouse"), m_warehouse},
                                   {QStringLiteral("date"), date}}),
                              {line(product, quantity)}, true);
    }

    Reply ship(qint64 product, const QString &quantity, const QString &date, erp::client::Connection *c = nullptr)
    {
        return createDocument(c ? *c : *m_c, QStringLiteral("shipments"),
                              map({{QStringLiteral("organization"), m_org}, {QStringLiteral("warehouse"), m_warehouse},
                                   {QStringLiteral("partner"), m_customer}, {QStringLiteral("date"), date}}),
                              {line(product, quantity)}, true);
    }

    static qint64 idOf(const Reply &r) { return r.result.toMap().value(QStringLiteral("id")).toInteger(); }

    QCborMap read(const QString &kind, qint64 id)
    {
        return m_c->call(QStringLiteral("document.read"), params(kind, {{QStringLiteral("id"), id}})).result.toMap();
    }

    Reply unpost(const QString &kind, qint64 id)
    {
        return m_c->call(QStringLiteral("document.unpost"),
                         params(kind, {{QStringLiteral("id"), id}, {QStringLiteral("version"), read(kind, id).value(QStringLiteral("version"))}}));
    }

    // document.update of a posted document re-posts it.
    Reply update(const QString &kind, qint64 id, const QCborMap &values, const QCborArray &lines = {})
    {
        QCborMap p = params(kind, {{QStringLiteral("id"), id}, {QStringLiteral("version"), read(kind, id).value(QStringLiteral("version"))},
                                   {QStringLiteral("values"), values}});
        if (!lines.isEmpty())
            p.insert(QStringLiteral("sections"), map({{QStringLiteral("lines"), lines}}));
        return m_c->call(QStringLiteral("document.update"), p);
    }

    // Stock of a product at a moment.
    QString stockAt(qint64 product, const QString &at)
    {
        const QCborArray rows = m_c->call(QStringLiteral("register.balances"),
                                          map({{QStringLiteral("register"), QStringLiteral("stock")}, {QStringLiteral("at"), at},
                                               {QStringLiteral("where"), map({{QStringLiteral("warehouse"), m_warehouse},
                                                                              {QStringLiteral("product"), product}})}}))
                                    .result.toMap().value(QStringLiteral("rows")).toArray();
        return rows.isEmpty() ? QStringLiteral("0") : rows[0].toMap().value(QStringLiteral("quantity")).toString();
    }
    QString stockAtTheEnd(qint64 product) { return stockAt(product, QStringLiteral("2099-01-01T00:00:00Z")); }

    int count(const QString &kind)
    {
        return int(m_c->call(QStringLiteral("document.list"), params(kind, {{QStringLiteral("limit"), 1000}}))
                       .result.toMap().value(QStringLiteral("rows")).toArray().size());
    }

    // A refusal of the stock control naming the product, the moment and the shortfall.
    static bool refusedForStock(const Reply &r, const QString &productName, const QString &moment, const QString &missing)
    {
        if (r.ok || r.error.code != ErrorCode::Validation || r.error.field != QLatin1String("stock")) {
            qWarning().noquote() << "not a stock refusal:" << r.ok << int(r.error.code) << r.error.field << r.error.message;
            return false;
        }
        const QString expected = QStringLiteral("Stock: not enough Quantity for Warehouse \"Sklad Praha\", Product \"%1\" on %2; %3 short")
                                     .arg(productName, moment, missing);
        if (r.error.message != expected) {
            qWarning().noquote() << "got     " << r.error.message << "\nexpected" << expected;
            return false;
        }
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        m_c = m_server.connect();
        QVERIFY(m_c);
        m_org = createCatalog(QStringLiteral("organizations"), map({{QStringLiteral("name"), QStringLiteral("Alfa Obchod")}}));
        m_warehouse = createCatalog(QStringLiteral("warehouses"), map({{QStringLiteral("name"), QStringLiteral("Sklad Praha")},
                                                                      {QStringLiteral("organization"), m_org}}));
        m_unit = createCatalog(QStringLiteral("units"), map({{QStringLiteral("code"), QStringLiteral("ks")}, {QStringLiteral("name"), QStringLiteral("kus")}}));
        m_customer = createCatalog(QStringLiteral("partners"), map({{QStringLiteral("name"), QStringLiteral("Žlutý kůň")}}));
        m_counterparty = createCatalog(QStringLiteral("counterparties"), map({{QStringLiteral("name"), QStringLiteral("Žlutý kůň s.r.o.")},
                                                                             {QStringLiteral("partner"), m_customer}}));
        QVERIFY(m_org && m_warehouse && m_unit && m_customer && m_counterparty);
    }

    void goodsReceivedNextYearCannotBeShippedToday()
    {
        const qint64 p = product(QStringLiteral("Vrtačka Narex"));
        QVERIFY(receive(p, QStringLiteral("5"), QStringLiteral("2027-06-01T08:00:00Z")).ok);
        const int before = count(QStringLiteral("shipments"));
        // The all-time balance (5) would allow it; on 1 December 2026 there is nothing.
        const Reply r = ship(p, QStringLiteral("3"), QStringLiteral("2026-12-01T10:00:00Z"));
        QVERIFY(refusedForStock(r, QStringLiteral("Vrtačka Narex"), QStringLiteral("2026-12-01 10:00:00 UTC"), QStringLiteral("3.000")));
        QCOMPARE(count(QStringLiteral("shipments")), before);
        QCOMPARE(stockAtTheEnd(p), QStringLiteral("5.000"));
        // After the receipt it can go.
        QVERIFY(ship(p, QStringLiteral("3"), QStringLiteral("2027-06-02T10:00:00Z")).ok);
        QCOMPARE(stockAtTheEnd(p), QStringLiteral("2.000"));
    }

    void aShipmentCannotBeBackDatedBeforeItsReceipt()
    {
        const qint64 p = product(QStringLiteral("Šroub M6"));
        QVERIFY(receive(p, QStringLiteral("5"), QStringLiteral("2026-11-10T10:00:00Z")).ok);
        const Reply r = ship(p, QStringLiteral("5"), QStringLiteral("2026-11-05T10:00:00Z"));
        QVERIFY(refusedForStock(r, QStringLiteral("Šroub M6"), QStringLiteral("2026-11-05 10:00:00 UTC"), QStringLiteral("5.000")));
        QCOMPARE(stockAtTheEnd(p), QStringLiteral("5.000"));
        // Nor can a posted shipment be moved there by changing its date.
        const Reply shipped = ship(p, QStringLiteral("5"), QStringLiteral("2026-11-12T10:00:00Z"));
        QVERIFY2(shipped.ok, qPrintable(shipped.error.message));
        const Reply moved = update(QStringLiteral("shipments"), idOf(shipped), map({{QStringLiteral("date"), QStringLiteral("2026-11-05T10:00:00Z")}}));
        QVERIFY(refusedForStock(moved, QStringLiteral("Šroub M6"), QStringLiteral("2026-11-05 10:00:00 UTC"), QStringLiteral("5.000")));
        QCOMPARE(read(QStringLiteral("shipments"), idOf(shipped)).value(QStringLiteral("date")).toString(), QStringLiteral("2026-11-12T10:00:00.000Z"));
        QCOMPARE(stockAt(p, QStringLiteral("2026-11-11T00:00:00Z")), QStringLiteral("5.000"));
        QCOMPARE(stockAtTheEnd(p), QStringLiteral("0"));
    }

    void aReceiptThatALaterShipmentNeedsCannotBeTakenBack()
    {
        const qint64 p = product(QStringLiteral("Hadice 20 m"));
        const Reply receipt = receive(p, QStringLiteral("5"), QStringLiteral("2026-11-10T10:00:00Z"));
        QVERIFY(receipt.ok);
        QVERIFY(ship(p, QStringLiteral("5"), QStringLiteral("2026-11-15T10:00:00Z")).ok);
        const qint64 id = idOf(receipt);
        // Unposting: on 10 November the balance would be 0 (fine), on 15 November -5.
        Reply r = unpost(QStringLiteral("goods_receipts"), id);
        QVERIFY(refusedForStock(r, QStringLiteral("Hadice 20 m"), QStringLiteral("2026-11-15 10:00:00 UTC"), QStringLiteral("5.000")));
        QCOMPARE(read(QStringLiteral("goods_receipts"), id).value(QStringLiteral("status")).toString(), QStringLiteral("posted"));
        // Marking it for deletion unposts it: refused the same way.
        r = m_c->call(QStringLiteral("document.setDeleted"),
                      params(QStringLiteral("goods_receipts"), {{QStringLiteral("id"), id}, {QStringLiteral("deleted"), true},
                                                                {QStringLiteral("version"), read(QStringLiteral("goods_receipts"), id).value(QStringLiteral("version"))}}));
        QVERIFY(refusedForStock(r, QStringLiteral("Hadice 20 m"), QStringLiteral("2026-11-15 10:00:00 UTC"), QStringLiteral("5.000")));
        // Re-posting it with less.
        r = update(QStringLiteral("goods_receipts"), id, {}, {line(p, QStringLiteral("3"))});
        QVERIFY(refusedForStock(r, QStringLiteral("Hadice 20 m"), QStringLiteral("2026-11-15 10:00:00 UTC"), QStringLiteral("2.000")));
        // Re-posting it later than the shipment: the old moment is touched too.
        r = update(QStringLiteral("goods_receipts"), id, map({{QStringLiteral("date"), QStringLiteral("2026-11-20T10:00:00Z")}}));
        QVERIFY(refusedForStock(r, QStringLiteral("Hadice 20 m"), QStringLiteral("2026-11-15 10:00:00 UTC"), QStringLiteral("5.000")));
        QCOMPARE(stockAt(p, QStringLiteral("2026-11-12T00:00:00Z")), QStringLiteral("5.000"));
        QCOMPARE(stockAtTheEnd(p), QStringLiteral("0"));
        // Earlier is fine: the goods were there even sooner.
        r = update(QStringLiteral("goods_receipts"), id, map({{QStringLiteral("date"), QStringLiteral("2026-11-01T10:00:00Z")}}));
        QVERIFY2(r.ok, qPrintable(r.error.message));
        QCOMPARE(stockAt(p, QStringLiteral("2026-11-02T00:00:00Z")), QStringLiteral("5.000"));
        QCOMPARE(stockAtTheEnd(p), QStringLiteral("0"));
    }

    void whatIsCoveredAtEveryMomentGoes()
    {
        const qint64 p = product(QStringLiteral("Barva bílá 5 l"));
        QVERIFY(receive(p, QStringLiteral("5"), QStringLiteral("2026-11-10T10:00:00Z")).ok);
        QVERIFY(ship(p, QStringLiteral("3"), QStringLiteral("2026-11-12T10:00:00Z")).ok);
        QCOMPARE(stockAtTheEnd(p), QStringLiteral("2.000"));
        // Back-dated but covered: 3 left on the 11th, 0 on the 12th.
        Reply r = ship(p, QStringLiteral("2"), QStringLiteral("2026-11-11T10:00:00Z"));
        QVERIFY2(r.ok, qPrintable(r.error.message));
        // One more on the 11th is there on the 11th (1 left) but leaves the 12th one short.
        r = ship(p, QStringLiteral("1"), QStringLiteral("2026-11-11T10:00:00Z"));
        QVERIFY(refusedForStock(r, QStringLiteral("Barva bílá 5 l"), QStringLiteral("2026-11-12 10:00:00 UTC"), QStringLiteral("1.000")));
        // A receipt may always go in, even one that only restores a later moment.
        QVERIFY(receive(p, QStringLiteral("1"), QStringLiteral("2026-11-11T12:00:00Z")).ok);
        r = ship(p, QStringLiteral("1"), QStringLiteral("2026-11-11T12:00:00Z"));
        QVERIFY2(r.ok, qPrintable(r.error.message));
        QCOMPARE(stockAtTheEnd(p), QStringLiteral("0"));
    }

    void movementsAtTheSameMomentCountTogether()
    {
        const qint64 p = product(QStringLiteral("Žárovka E27"));
        const QString moment = QStringLiteral("2026-11-10T10:00:00Z");
        // The shipment at the receipt's moment goes: the balance at 10:00 includes both.
        const Reply receipt = receive(p, QStringLiteral("5"), moment);
        QVERIFY(receipt.ok);
        Reply r = ship(p, QStringLiteral("5"), moment);
        QVERIFY2(r.ok, qPrintable(r.error.message));
        QCOMPARE(stockAt(p, moment), QStringLiteral("0"));
        // Re-posting the receipt writes new movement rows (new ids), still at the same moment:
        // the order of rows within a moment does not matter.
        r = update(QStringLiteral("goods_receipts"), idOf(receipt), map({{QStringLiteral("note"), QStringLiteral("checked")}}));
        QVERIFY2(r.ok, qPrintable(r.error.message));
        // One millisecond before the receipt is too early.
        r = ship(p, QStringLiteral("1"), QStringLiteral("2026-11-10T09:59:59.999Z"));
        QVERIFY(refusedForStock(r, QStringLiteral("Žárovka E27"), QStringLiteral("2026-11-10 09:59:59 UTC"), QStringLiteral("1.000")));
        // And without the receipt the shipment at its moment is short.
        r = unpost(QStringLiteral("goods_receipts"), idOf(receipt));
        QVERIFY(refusedForStock(r, QStringLiteral("Žárovka E27"), QStringLiteral("2026-11-10 10:00:00 UTC"), QStringLiteral("5.000")));
    }

    void racingShipmentsInDifferentMonthsNeverOversell()
    {
        // Each shipment writes its own month's totals row; what makes them meet is the lock
        // row of the dimension set every lowering posting takes.
        const qint64 p = product(QStringLiteral("Poslední kus"));
        QVERIFY(receive(p, QStringLiteral("1"), QStringLiteral("2026-10-01T08:00:00Z")).ok);
        const QStringList dates{QStringLiteral("2026-10-15T10:00:00Z"), QStringLiteral("2026-11-15T10:00:00Z"),
                                QStringLiteral("2026-12-15T10:00:00Z"), QStringLiteral("2027-01-15T10:00:00Z"),
                                QStringLiteral("2027-02-15T10:00:00Z"), QStringLiteral("2027-03-15T10:00:00Z")};
        const int clients = int(dates.size());
        std::atomic<int> won{0}, refused{0}, other{0};
        std::vector<std::thread> threads;
        for (const QString &date : dates) {
            threads.emplace_back([&, date] {
                auto c = m_server.connect();
                const Reply r = c ? ship(p, QStringLiteral("1"), date, c.get()) : Reply{};
                if (r.ok)
                    ++won;
                else if (r.error.code == ErrorCode::Validation && r.error.message.contains(QStringLiteral("Poslední kus")))
                    ++refused;
                else {
                    qWarning() << "unexpected:" << int(r.error.code) << r.error.message;
                    ++other;
                }
            });
        }
        for (std::thread &t : threads)
            t.join();
        QCOMPARE(won.load(), 1);
        QCOMPARE(refused.load(), clients - 1);
        QCOMPARE(other.load(), 0);
        QCOMPARE(stockAtTheEnd(p), QStringLiteral("0"));
    }

    void negativeAmountsAreRefusedNamingTheField()
    {
        const Reply invoice = createDocument(*m_c, QStringLiteral("sales_invoices"),
                                             map({{QStringLiteral("organization"), m_org}, {QStringLiteral("partner"), m_customer},
                                                  {QStringLiteral("counterparty"), m_counterparty}}),
                                             {line(product(QStringLiteral("Montáž")), QStringLiteral("1"))}, false);
        QVERIFY2(invoice.ok, qPrintable(invoice.error.message));
        const int payments = count(QStringLiteral("incoming_payments"));
        Reply r = createDocument(*m_c, QStringLiteral("incoming_payments"),
                                 map({{QStringLiteral("organization"), m_org}, {QStringLiteral("partner"), m_customer},
                                      {QStringLiteral("counterparty"), m_counterparty}}),
                                 {map({{QStringLiteral("invoice"), idOf(invoice)}, {QStringLiteral("amount"), QStringLiteral("-100")}})}, false);
        QCOMPARE(r.error.code, ErrorCode::Validation);
        QCOMPARE(r.error.field, QStringLiteral("lines[1].amount"));
        QCOMPARE(r.error.message, QStringLiteral("lines[1].amount: must be at least 0"));
        QCOMPARE(count(QStringLiteral("incoming_payments")), payments);

        const qint64 p = product(QStringLiteral("Kufr na nářadí"));
        const int receipts = count(QStringLiteral("goods_receipts"));
        r = receive(p, QStringLiteral("-5"), QStringLiteral("2026-11-10T10:00:00Z"));
        QCOMPARE(r.error.code, ErrorCode::Validation);
        QCOMPARE(r.error.field, QStringLiteral("lines[1].quantity"));
        QCOMPARE(r.error.message, QStringLiteral("lines[1].quantity: must be at least 0"));
        QCOMPARE(count(QStringLiteral("goods_receipts")), receipts);
        QCOMPARE(stockAtTheEnd(p), QStringLiteral("0"));
        // Zero is at least zero, but a receipt of nothing at all is not posted.
        r = receive(p, QStringLiteral("0"), QStringLiteral("2026-11-10T10:00:00Z"));
        QCOMPARE(r.error.field, QStringLiteral("lines"));
        QCOMPARE(count(QStringLiteral("goods_receipts")), receipts);

        // A rate must be greater than zero.
        const qint64 eur = createCatalog(QStringLiteral("currencies"), map({{QStringLiteral("code"), QStringLiteral("EUR")}, {QStringLiteral("name"), QStringLiteral("Euro")}}));
        r = createDocument(*m_c, QStringLiteral("rate_settings"), map({{QStringLiteral("organization"), m_org}}),
                           {map({{QStringLiteral("currency"), eur}, {QStringLiteral("rate"), QStringLiteral("0")}})}, true);
        QCOMPARE(r.error.field, QStringLiteral("lines[1].rate"));
        QCOMPARE(r.error.message, QStringLiteral("lines[1].rate: must be greater than 0"));
        // A negative order line is a customer return: allowed; its price is not.
        QCborMap order = map({{QStringLiteral("organization"), m_org}, {QStringLiteral("warehouse"), m_warehouse},
                              {QStringLiteral("partner"), m_customer}});
        r = createDocument(*m_c, QStringLiteral("sales_orders"), order, {line(p, QStringLiteral("-1"))}, false);
        QVERIFY2(r.ok, qPrintable(r.error.message));
        r = createDocument(*m_c, QStringLiteral("sales_orders"), order,
                           {map({{QStringLiteral("product"), p}, {QStringLiteral("quantity"), QStringLiteral("1")}, {QStringLiteral("price"), QStringLiteral("-1")}})}, false);
        QCOMPARE(r.error.field, QStringLiteral("lines[1].price"));
    }

    void describesTheBounds()
    {
        const QCborMap receipts = m_c->call(QStringLiteral("meta.describe"), params(QStringLiteral("goods_receipts"))).result.toMap();
        QCborMap quantity, price;
        for (const QCborValue &f : receipts.value(QStringLiteral("sections")).toArray().at(0).toMap().value(QStringLiteral("fields")).toArray()) {
            if (f.toMap().value(QStringLiteral("name")).toString() == QLatin1String("quantity"))
                quantity = f.toMap();
            if (f.toMap().value(QStringLiteral("name")).toString() == QLatin1String("price"))
                price = f.toMap();
        }
        QCOMPARE(quantity.value(QStringLiteral("min")).toString(), QStringLiteral("0.000"));
        QVERIFY(!quantity.contains(QStringLiteral("minExclusive")));
        QCOMPARE(price.value(QStringLiteral("min")).toString(), QStringLiteral("0.0000"));
        const QCborMap rates = m_c->call(QStringLiteral("meta.describe"), params(QStringLiteral("rate_settings"))).result.toMap();
        const QCborArray rateFields = rates.value(QStringLiteral("sections")).toArray().at(0).toMap().value(QStringLiteral("fields")).toArray();
        for (const QCborValue &f : rateFields)
            if (f.toMap().value(QStringLiteral("name")).toString() == QLatin1String("rate")) {
                QCOMPARE(f.toMap().value(QStringLiteral("min")).toString(), QStringLiteral("0.000000"));
                QCOMPARE(f.toMap().value(QStringLiteral("minExclusive")).toBool(), true);
            }
    }
};

QTEST_GUILESS_MAIN(TestTimeControls)
#include "tst_timecontrols.moc"
