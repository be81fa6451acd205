// Progress per sales order line through the real server: what each line has still to ship,
// to reserve and to invoice, kept in registers; "based on" proposing exactly what remains;
// documents made by hand refused when they exceed a line; reservation as a choice; the order's
// state and an invoice's open amount derived from the registers in read and list.
#include "catalogclient.h"
#include "decimal.h"
#include "serverprocess.h"

#include <QCborArray>
#include <QTest>

using erp::client::Reply;
using erp::protocol::ErrorCode;
using namespace erp::test;

class TestOrderProgress : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    std::unique_ptr<erp::client::Connection> m_c;
    qint64 m_org = 0, m_warehouse = 0, m_unit = 0, m_drill = 0, m_service = 0, m_partner = 0, m_counterparty = 0;

    qint64 product(const QString &name, const QString &type = QStringLiteral("goods"))
    {
        return createCatalog(*m_c, QStringLiteral("products"),
                             map({{QStringLiteral("name"), name}, {QStringLiteral("unit"), m_unit},
                                  {QStringLiteral("product_type"), type}}));
    }

    QCborMap head(const QString &date, const QString &invoicing = QStringLiteral("on_shipment")) const
    {
        return map({{QStringLiteral("organization"), m_org}, {QStringLiteral("warehouse"), m_warehouse},
                    {QStringLiteral("partner"), m_partner}, {QStringLiteral("counterparty"), m_counterparty},
                    {QStringLiteral("invoicing"), invoicing}, {QStringLiteral("date"), date}});
    }

    static QCborMap line(qint64 product, const QString &quantity, const QString &price = QStringLiteral("100"))
    {
        return map({{QStringLiteral("product"), product}, {QStringLiteral("quantity"), quantity}, {QStringLiteral("price"), price}});
    }

    Reply create(const QString &kind, const QCborMap &values, const QCborArray &lines, bool post = true)
    {
        QCborMap v = values;
        if (kind != QLatin1String("sales_orders") && kind != QLatin1String("shipments") && kind != QLatin1String("goods_receipts"))
            v.remove(QStringLiteral("warehouse"));
        if (kind != QLatin1String("sales_orders"))
            v.remove(QStringLiteral("invoicing"));
        return createDocument(*m_c, kind, v, lines, post);
    }

    QCborMap proposal(const QString &kind, const QString &fromKind, qint64 fromId)
    {
        const Reply r = m_c->call(QStringLiteral("document.basedOn"),
                                  params(kind, {{QStringLiteral("from"), map({{QStringLiteral("kind"), fromKind}, {QStringLiteral("id"), fromId}})}}));
        if (!r.ok)
            qWarning().noquote() << "basedOn:" << r.error.message;
        return r.result.toMap();
    }

    static QCborArray linesOf(const QCborMap &proposal)
    {
        return proposal.value(QStringLiteral("sections")).toMap().value(QStringLiteral("lines")).toArray();
    }

    // The proposal's lines as "quantity@order line".
    static QStringList summary(const QCborArray &lines)
    {
        QStringList out;
        for (const QCborValue &l : lines)
            out << QStringLiteral("%1@%2").arg(l.toMap().value(QStringLiteral("quantity")).toString())
                       .arg(l.toMap().value(QStringLiteral("order_line")).toInteger());
        return out;
    }

    Reply createFrom(const QString &kind, const QString &fromKind, qint64 fromId, const QString &date,
                     const std::function<void(QCborArray &lines)> &edit = {})
    {
        const QCborMap p = proposal(kind, fromKind, fromId);
        QCborMap values = p.value(QStringLiteral("values")).toMap();
        values.insert(QStringLiteral("date"), date);
        QCborArray lines = linesOf(p);
        if (edit)
            edit(lines);
        return createDocument(*m_c, kind, values, lines, true);
    }

    // A register's balance summed over every dimension set matching `where`.
    QString balance(const QString &reg, const QCborMap &where, const QString &resource = QStringLiteral("quantity"))
    {
        const QCborArray rows = m_c->call(QStringLiteral("register.balances"), map({{QStringLiteral("register"), reg}, {QStringLiteral("where"), where}}))
                                    .result.toMap().value(QStringLiteral("rows")).toArray();
        erp::Decimal sum;
        for (const QCborValue &r : rows)
            sum = *sum.plus(*erp::Decimal::parse(r.toMap().value(resource).toString()));
        return sum.toString();
    }
    QString ofLine(const QString &reg, qint64 order, int orderLine)
    {
        return balance(reg, map({{QStringLiteral("sales_order"), order}, {QStringLiteral("order_line"), orderLine}}));
    }

    QCborMap read(const QString &kind, qint64 id)
    {
        return m_c->call(QStringLiteral("document.read"), params(kind, {{QStringLiteral("id"), id}})).result.toMap();
    }

    // sales.orderProgress: one line's figures as "ordered/reserved/shipped/returned/invoiced/to ship/to invoice".
    QStringList progress(qint64 order)
    {
        const Reply r = m_c->call(QStringLiteral("sales.orderProgress"), map({{QStringLiteral("id"), order}}));
        if (!r.ok)
            qWarning().noquote() << "orderProgress:" << r.error.message;
        QStringList out;
        for (const QCborValue &v : r.result.toMap().value(QStringLiteral("lines")).toArray()) {
            QStringList figures;
            for (const char *f : {"ordered", "reserved", "shipped", "returned", "invoiced", "to_ship", "to_invoice"}) {
                QString s = *erp::Decimal::parse(v.toMap().value(QLatin1String(f)).toString()) == erp::Decimal()
                                ? QStringLiteral("0")
                                : v.toMap().value(QLatin1String(f)).toString().remove(QStringLiteral(".000"));
                figures << s;
            }
            out << figures.join(u'/');
        }
        return out;
    }

    void checkLedgerBalances()
    {
        const QCborMap tb = m_c->call(QStringLiteral("report.trialBalance"), {}).result.toMap();
        QCOMPARE(tb.value(QStringLiteral("debit")).toString(), tb.value(QStringLiteral("credit")).toString());
    }

    void receive(qint64 product, const QString &quantity, const QString &date)
    {
        const Reply r = create(QStringLiteral("goods_receipts"),
                               map({{QStringLiteral("organization"), m_org}, {QStringLiteral("warehouse"), m_warehouse},
                                    {QStringLiteral("date"), date}}),
                               {line(product, quantity, QStringLiteral("60"))});
        QVERIFY2(r.ok, qPrintable(r.error.message));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        m_c = m_server.connect();
        QVERIFY(m_c);
        m_org = createCatalog(*m_c, QStringLiteral("organizations"), map({{QStringLiteral("name"), QStringLiteral("Alfa Obchod")}}));
        m_warehouse = createCatalog(*m_c, QStringLiteral("warehouses"), map({{QStringLiteral("name"), QStringLiteral("Sklad Brno")}, {QStringLiteral("organization"), m_org}}));
        m_unit = createCatalog(*m_c, QStringLiteral("units"), map({{QStringLiteral("code"), QStringLiteral("ks")}, {QStringLiteral("name"), QStringLiteral("kus")}}));
        m_drill = product(QStringLiteral("Vrtačka Narex"));
        m_service = product(QStringLiteral("Montáž"), QStringLiteral("service"));
        m_partner = createCatalog(*m_c, QStringLiteral("partners"), map({{QStringLiteral("name"), QStringLiteral("Žlutý kůň")}}));
        m_counterparty = createCatalog(*m_c, QStringLiteral("counterparties"), map({{QStringLiteral("name"), QStringLiteral("Žlutý kůň s.r.o.")}, {QStringLiteral("partner"), m_partner}}));
        QVERIFY(m_drill && m_service && m_counterparty);
        receive(m_drill, QStringLiteral("10"), QStringLiteral("2026-11-20T08:00:00Z"));
    }

    // On shipment: the same product on two lines is two lines of progress; partial shipments
    // and invoices close exactly their lines; "based on" proposes what remains, then nothing.
    void tracksEachLineOverPartialShipmentsAndInvoices()
    {
        Reply r = create(QStringLiteral("sales_orders"), head(QStringLiteral("2026-11-21T09:00:00Z")),
                         {line(m_drill, QStringLiteral("4")), line(m_drill, QStringLiteral("3")),
                          line(m_service, QStringLiteral("1"), QStringLiteral("500"))});
        QVERIFY2(r.ok, qPrintable(r.error.message));
        const qint64 order = r.result.toMap().value(QStringLiteral("id")).toInteger();
        QCOMPARE(ofLine(QStringLiteral("orders_to_ship"), order, 1), QStringLiteral("4.000"));
        QCOMPARE(ofLine(QStringLiteral("orders_to_ship"), order, 2), QStringLiteral("3.000"));
        QCOMPARE(ofLine(QStringLiteral("orders_to_ship"), order, 3), QStringLiteral("0")); // a service is never shipped
        QCOMPARE(ofLine(QStringLiteral("reservations"), order, 2), QStringLiteral("3.000"));
        QCOMPARE(ofLine(QStringLiteral("orders_to_invoice"), order, 3), QStringLiteral("1.000")); // ...but invoiced
        QCOMPARE(read(QStringLiteral("sales_orders"), order).value(QStringLiteral("order_state")).toString(), QStringLiteral("to_ship"));
        QCOMPARE(read(QStringLiteral("sales_orders"), order).value(QStringLiteral("to_ship")).toString(), QStringLiteral("7.000"));

        // Ship 2 of line 1 only: line 2 keeps its reservation.
        QCOMPARE(summary(linesOf(proposal(QStringLiteral("shipments"), QStringLiteral("sales_orders"), order))),
                 (QStringList{QStringLiteral("4.000@1"), QStringLiteral("3.000@2")}));
        r = createFrom(QStringLiteral("shipments"), QStringLiteral("sales_orders"), order, QStringLiteral("2026-11-22T09:00:00Z"),
                       [](QCborArray &lines) {
                           QCborMap first = lines[0].toMap();
                           first.insert(QStringLiteral("quantity"), QStringLiteral("2"));
                           lines = QCborArray{first};
                       });
        QVERIFY2(r.ok, qPrintable(r.error.message));
        const qint64 first = r.result.toMap().value(QStringLiteral("id")).toInteger();
        QCOMPARE(ofLine(QStringLiteral("orders_to_ship"), order, 1), QStringLiteral("2.000"));
        QCOMPARE(ofLine(QStringLiteral("reservations"), order, 1), QStringLiteral("2.000"));
        QCOMPARE(ofLine(QStringLiteral("reservations"), order, 2), QStringLiteral("3.000"));
        checkLedgerBalances();

        // Invoice the shipment: its 2 of line 1; then nothing remains of it.
        QCOMPARE(summary(linesOf(proposal(QStringLiteral("sales_invoices"), QStringLiteral("shipments"), first))),
                 QStringList{QStringLiteral("2.000@1")});
        r = createFrom(QStringLiteral("sales_invoices"), QStringLiteral("shipments"), first, QStringLiteral("2026-11-22T10:00:00Z"));
        QVERIFY2(r.ok, qPrintable(r.error.message));
        QCOMPARE(r.result.toMap().value(QStringLiteral("shipment")).toInteger(), first);
        QCOMPARE(r.result.toMap().value(QStringLiteral("sales_order")).toInteger(), order);
        QVERIFY(linesOf(proposal(QStringLiteral("sales_invoices"), QStringLiteral("shipments"), first)).isEmpty());
        // The order itself proposes its service, never shipped.
        QCOMPARE(summary(linesOf(proposal(QStringLiteral("sales_invoices"), QStringLiteral("sales_orders"), order))),
                 QStringList{QStringLiteral("1.000@3")});
        r = createFrom(QStringLiteral("sales_invoices"), QStringLiteral("sales_orders"), order, QStringLiteral("2026-11-22T11:00:00Z"));
        QVERIFY2(r.ok, qPrintable(r.error.message));
        QCOMPARE(r.result.toMap().value(QStringLiteral("total")).toString(), QStringLiteral("605.0000"));
        checkLedgerBalances();

        // By hand, 4 drills against the order: no line has 4 left; the first with anything open
        // is line 1, and the control names the shipment's line and what remains.
        QCborMap shipmentHead = head(QStringLiteral("2026-11-23T09:00:00Z"));
        shipmentHead.insert(QStringLiteral("sales_order"), order);
        r = create(QStringLiteral("shipments"), shipmentHead, {line(m_drill, QStringLiteral("4"))});
        QVERIFY(!r.ok);
        QCOMPARE(r.error.field, QStringLiteral("lines[1].quantity"));
        QVERIFY2(r.error.message.contains(QStringLiteral("only 2 remain to ship on line 1")), qPrintable(r.error.message));
        // 3 by hand fit line 2 whole, which they take, releasing line 2's reservation.
        r = create(QStringLiteral("shipments"), shipmentHead, {line(m_drill, QStringLiteral("3"))});
        QVERIFY2(r.ok, qPrintable(r.error.message));
        const qint64 second = r.result.toMap().value(QStringLiteral("id")).toInteger();
        QCOMPARE(r.result.toMap().value(QStringLiteral("sections")).toMap().value(QStringLiteral("lines")).toArray()[0].toMap()
                     .value(QStringLiteral("order_line")).toInteger(), 2);
        QCOMPARE(ofLine(QStringLiteral("orders_to_ship"), order, 2), QStringLiteral("0"));
        QCOMPARE(ofLine(QStringLiteral("reservations"), order, 2), QStringLiteral("0"));

        // Two clerks ship the rest at once: the second finds nothing left and is refused.
        const QCborMap one = proposal(QStringLiteral("shipments"), QStringLiteral("sales_orders"), order);
        const QCborMap two = proposal(QStringLiteral("shipments"), QStringLiteral("sales_orders"), order);
        QCOMPARE(summary(linesOf(one)), QStringList{QStringLiteral("2.000@1")});
        QCborMap values = one.value(QStringLiteral("values")).toMap();
        values.insert(QStringLiteral("date"), QStringLiteral("2026-11-24T09:00:00Z"));
        r = createDocument(*m_c, QStringLiteral("shipments"), values, linesOf(one), true);
        QVERIFY2(r.ok, qPrintable(r.error.message));
        const qint64 third = r.result.toMap().value(QStringLiteral("id")).toInteger();
        r = createDocument(*m_c, QStringLiteral("shipments"), values, linesOf(two), true);
        QVERIFY(!r.ok);
        QCOMPARE(r.error.field, QStringLiteral("lines[1].quantity"));
        QVERIFY(linesOf(proposal(QStringLiteral("shipments"), QStringLiteral("sales_orders"), order)).isEmpty());
        QCOMPARE(balance(QStringLiteral("stock"), map({{QStringLiteral("product"), m_drill}})), QStringLiteral("3.000"));
        QCOMPARE(read(QStringLiteral("sales_orders"), order).value(QStringLiteral("order_state")).toString(), QStringLiteral("to_invoice"));

        // By hand, 4 on the second shipment's 3: refused naming the line.
        QCborMap invoiceHead = head(QStringLiteral("2026-11-24T10:00:00Z"));
        invoiceHead.insert(QStringLiteral("shipment"), second);
        r = create(QStringLiteral("sales_invoices"), invoiceHead, {line(m_drill, QStringLiteral("4"))});
        QVERIFY(!r.ok);
        QCOMPARE(r.error.field, QStringLiteral("lines[1].quantity"));
        QVERIFY2(r.error.message.contains(QStringLiteral("only 3 remain to invoice on line 2")), qPrintable(r.error.message));
        for (const qint64 shipment : {second, third}) {
            r = createFrom(QStringLiteral("sales_invoices"), QStringLiteral("shipments"), shipment, QStringLiteral("2026-11-24T11:00:00Z"));
            QVERIFY2(r.ok, qPrintable(r.error.message));
        }
        QCOMPARE(read(QStringLiteral("sales_orders"), order).value(QStringLiteral("order_state")).toString(), QStringLiteral("closed"));
        QCOMPARE(progress(order), (QStringList{QStringLiteral("4/0/4/0/4/0/0"), QStringLiteral("3/0/3/0/3/0/0"),
                                               QStringLiteral("1/0/0/0/1/0/0")}));
        checkLedgerBalances();
    }

    // On order: every line is to invoice from the posting; a return line is its own line to take
    // back and to credit; partial invoices leave exactly the rest of each line.
    void invoicesOnOrderWhatRemainsOfEachLine()
    {
        Reply r = create(QStringLiteral("sales_orders"), head(QStringLiteral("2026-11-25T09:00:00Z"), QStringLiteral("on_order")),
                         {line(m_drill, QStringLiteral("2")), line(m_drill, QStringLiteral("-1"))});
        QVERIFY2(r.ok, qPrintable(r.error.message));
        const qint64 order = r.result.toMap().value(QStringLiteral("id")).toInteger();
        QCOMPARE(ofLine(QStringLiteral("reservations"), order, 1), QStringLiteral("2.000"));
        QCOMPARE(ofLine(QStringLiteral("reservations"), order, 2), QStringLiteral("0")); // nothing reserved to take back
        QCOMPARE(ofLine(QStringLiteral("orders_to_ship"), order, 2), QStringLiteral("1.000"));
        QCOMPARE(summary(linesOf(proposal(QStringLiteral("sales_invoices"), QStringLiteral("sales_orders"), order))),
                 (QStringList{QStringLiteral("2.000@1"), QStringLiteral("-1.000@2")}));
        r = createFrom(QStringLiteral("sales_invoices"), QStringLiteral("sales_orders"), order, QStringLiteral("2026-11-25T10:00:00Z"),
                       [](QCborArray &lines) {
                           QCborMap l = lines[0].toMap();
                           l.insert(QStringLiteral("quantity"), QStringLiteral("1"));
                           lines[0] = l;
                       });
        QVERIFY2(r.ok, qPrintable(r.error.message));
        QCOMPARE(r.result.toMap().value(QStringLiteral("total_net")).toString(), QStringLiteral("0.0000")); // 100 sold, 100 credited
        QCOMPARE(summary(linesOf(proposal(QStringLiteral("sales_invoices"), QStringLiteral("sales_orders"), order))),
                 QStringList{QStringLiteral("1.000@1")});
        // By hand: 2 more on line 1 of which 1 remains.
        QCborMap invoiceHead = head(QStringLiteral("2026-11-25T11:00:00Z"));
        invoiceHead.insert(QStringLiteral("sales_order"), order);
        QCborMap two = line(m_drill, QStringLiteral("2"));
        two.insert(QStringLiteral("order_line"), 1);
        r = create(QStringLiteral("sales_invoices"), invoiceHead, {two});
        QVERIFY(!r.ok);
        QCOMPARE(r.error.field, QStringLiteral("lines[1].quantity"));
        QVERIFY2(r.error.message.contains(QStringLiteral("only 1 remain to invoice on line 1")), qPrintable(r.error.message));
        // The shipment ships 2 and takes 1 back, each its own line.
        const QString stockBefore = balance(QStringLiteral("stock"), map({{QStringLiteral("product"), m_drill}}));
        r = createFrom(QStringLiteral("shipments"), QStringLiteral("sales_orders"), order, QStringLiteral("2026-11-25T12:00:00Z"));
        QVERIFY2(r.ok, qPrintable(r.error.message));
        QCOMPARE(*erp::Decimal::parse(balance(QStringLiteral("stock"), map({{QStringLiteral("product"), m_drill}}))),
                 *erp::Decimal::parse(stockBefore)->minus(*erp::Decimal::parse(u"1")));
        QVERIFY(linesOf(proposal(QStringLiteral("shipments"), QStringLiteral("sales_orders"), order)).isEmpty());
        QCOMPARE(progress(order), (QStringList{QStringLiteral("2/0/2/0/1/0/1"), QStringLiteral("1/0/0/1/1/0/0")}));
        QCOMPARE(read(QStringLiteral("sales_orders"), order).value(QStringLiteral("order_state")).toString(), QStringLiteral("to_invoice"));
        // The order cannot be cut below what its line shipped: refused naming the line.
        QCborMap update = params(QStringLiteral("sales_orders"), {{QStringLiteral("id"), order},
                                                                   {QStringLiteral("version"), read(QStringLiteral("sales_orders"), order).value(QStringLiteral("version"))}});
        update.insert(QStringLiteral("sections"),
                      map({{QStringLiteral("lines"), QCborArray{line(m_drill, QStringLiteral("1")), line(m_drill, QStringLiteral("-1"))}}}));
        r = m_c->call(QStringLiteral("document.update"), update);
        QVERIFY(!r.ok);
        QCOMPARE(r.error.field, QStringLiteral("lines[1].quantity"));
        QCOMPARE(progress(order).first(), QStringLiteral("2/0/2/0/1/0/1"));
        checkLedgerBalances();
    }

    // A line reserving from stock needs free stock; the error names every line short, in the
    // user's numbers (Czech: 2,5).
    void namesEveryShortLineInTheUsersNumbers()
    {
        const qint64 scarce = product(QStringLiteral("Hoblík"));
        receive(scarce, QStringLiteral("2"), QStringLiteral("2026-11-20T08:00:00Z"));
        erp::client::Connection czech;
        QString error;
        QVERIFY2(czech.open(QStringLiteral("127.0.0.1"), m_server.port(), &error, 10000, QStringLiteral("cs_CZ")), qPrintable(error));
        QVERIFY2(czech.login(QStringLiteral("admin"), ServerProcess::adminPassword(), &error), qPrintable(error));
        QCborMap p = params(QStringLiteral("sales_orders"));
        p.insert(QStringLiteral("values"), head(QStringLiteral("2026-11-26T09:00:00Z")));
        p.insert(QStringLiteral("sections"),
                 map({{QStringLiteral("lines"), QCborArray{line(scarce, QStringLiteral("4.5")), line(m_service, QStringLiteral("1")),
                                                           line(m_drill, QStringLiteral("100"))}}}));
        p.insert(QStringLiteral("post"), true);
        const Reply r = czech.call(QStringLiteral("document.create"), p);
        QVERIFY(!r.ok);
        QCOMPARE(r.error.field, QStringLiteral("lines[1].quantity"));
        const QStringList lines = r.error.message.split(u'\n');
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines[0].startsWith(QStringLiteral("lines[1].quantity: Hoblík")) && lines[0].contains(QStringLiteral("2,5")), qPrintable(lines[0]));
        QVERIFY2(lines[1].startsWith(QStringLiteral("lines[3].quantity: Vrtačka Narex")), qPrintable(lines[1]));
    }

    // Ship later: no reservation, so the order posts though stock is short; the shipment is
    // refused until the goods arrive.
    void shipLaterOrderPostsWithShortStock()
    {
        const qint64 rare = product(QStringLiteral("Pila"));
        receive(rare, QStringLiteral("1"), QStringLiteral("2026-11-20T08:00:00Z"));
        QCborMap later = line(rare, QStringLiteral("3"));
        later.insert(QStringLiteral("reservation"), QStringLiteral("ship_later"));
        Reply r = create(QStringLiteral("sales_orders"), head(QStringLiteral("2026-11-26T10:00:00Z")), {later});
        QVERIFY2(r.ok, qPrintable(r.error.message));
        const qint64 order = r.result.toMap().value(QStringLiteral("id")).toInteger();
        QCOMPARE(ofLine(QStringLiteral("reservations"), order, 1), QStringLiteral("0"));
        QCOMPARE(ofLine(QStringLiteral("orders_to_ship"), order, 1), QStringLiteral("3.000"));
        r = createFrom(QStringLiteral("shipments"), QStringLiteral("sales_orders"), order, QStringLiteral("2026-11-26T11:00:00Z"));
        QVERIFY(!r.ok);
        QVERIFY2(r.error.message.contains(QStringLiteral("Pila")), qPrintable(r.error.message));
        receive(rare, QStringLiteral("2"), QStringLiteral("2026-11-26T12:00:00Z"));
        // Not before the goods arrive...
        r = createFrom(QStringLiteral("shipments"), QStringLiteral("sales_orders"), order, QStringLiteral("2026-11-26T11:30:00Z"));
        QVERIFY(!r.ok);
        // ...but after.
        r = createFrom(QStringLiteral("shipments"), QStringLiteral("sales_orders"), order, QStringLiteral("2026-11-26T13:00:00Z"));
        QVERIFY2(r.ok, qPrintable(r.error.message));
        QCOMPARE(balance(QStringLiteral("stock"), map({{QStringLiteral("product"), rare}})), QStringLiteral("0"));
        checkLedgerBalances();
    }

    // The order's state and quantities derived from the registers in one list query, filterable;
    // never written.
    void listsTheDerivedStateAndRefusesToWriteIt()
    {
        Reply r = create(QStringLiteral("sales_orders"), head(QStringLiteral("2026-11-27T09:00:00Z")), {line(m_drill, QStringLiteral("1"))}, false);
        QVERIFY2(r.ok, qPrintable(r.error.message));
        const qint64 draft = r.result.toMap().value(QStringLiteral("id")).toInteger();
        QCOMPARE(r.result.toMap().value(QStringLiteral("order_state")).toString(), QStringLiteral("draft"));
        QCborMap p = params(QStringLiteral("sales_orders"));
        p.insert(QStringLiteral("limit"), 100);
        const QCborArray rows = m_c->call(QStringLiteral("document.list"), p).result.toMap().value(QStringLiteral("rows")).toArray();
        QStringList states;
        for (const QCborValue &row : rows)
            states << row.toMap().value(QStringLiteral("order_state")).toString();
        states.sort();
        // Closed; invoiced on order, one drill still to invoice; shipped later, to invoice from the shipment.
        QCOMPARE(states, (QStringList{QStringLiteral("closed"), QStringLiteral("draft"), QStringLiteral("to_invoice"),
                                      QStringLiteral("to_invoice")}));
        p.insert(QStringLiteral("filters"), QCborArray{map({{QStringLiteral("field"), QStringLiteral("order_state")},
                                                            {QStringLiteral("value"), QStringLiteral("to_invoice")}})});
        p.insert(QStringLiteral("sort"), QStringLiteral("to_ship"));
        const Reply filtered = m_c->call(QStringLiteral("document.list"), p);
        QVERIFY2(filtered.ok, qPrintable(filtered.error.message));
        QCOMPARE(filtered.result.toMap().value(QStringLiteral("rows")).toArray().size(), 2);
        // Described as derived, never written.
        bool described = false;
        for (const QCborValue &f : m_c->call(QStringLiteral("meta.describe"), params(QStringLiteral("sales_orders"))).result.toMap()
                                       .value(QStringLiteral("fields")).toArray())
            if (f.toMap().value(QStringLiteral("name")).toString() == QLatin1String("order_state"))
                described = f.toMap().value(QStringLiteral("derived")).toBool() && f.toMap().value(QStringLiteral("readOnly")).toBool();
        QVERIFY(described);
        QCborMap update = params(QStringLiteral("sales_orders"), {{QStringLiteral("id"), draft},
                                                                   {QStringLiteral("version"), r.result.toMap().value(QStringLiteral("version"))}});
        update.insert(QStringLiteral("values"), map({{QStringLiteral("to_ship"), QStringLiteral("5")}}));
        const Reply refused = m_c->call(QStringLiteral("document.update"), update);
        QVERIFY(!refused.ok);
        QCOMPARE(refused.error.field, QStringLiteral("to_ship"));
    }

    // An invoice's open amount is its receivable still open: after a partial payment, the rest.
    void showsTheOpenAmountOfInvoices()
    {
        Reply r = create(QStringLiteral("sales_invoices"), head(QStringLiteral("2026-11-27T10:00:00Z")),
                         {line(m_service, QStringLiteral("1"), QStringLiteral("1000"))});
        QVERIFY2(r.ok, qPrintable(r.error.message));
        const qint64 invoice = r.result.toMap().value(QStringLiteral("id")).toInteger();
        QCOMPARE(read(QStringLiteral("sales_invoices"), invoice).value(QStringLiteral("open_amount")).toString(), QStringLiteral("1210.0000"));
        r = create(QStringLiteral("incoming_payments"),
                   map({{QStringLiteral("organization"), m_org}, {QStringLiteral("partner"), m_partner},
                        {QStringLiteral("counterparty"), m_counterparty}, {QStringLiteral("date"), QStringLiteral("2026-11-27T11:00:00Z")}}),
                   {map({{QStringLiteral("invoice"), invoice}, {QStringLiteral("amount"), QStringLiteral("210")}})});
        QVERIFY2(r.ok, qPrintable(r.error.message));
        QCOMPARE(read(QStringLiteral("sales_invoices"), invoice).value(QStringLiteral("open_amount")).toString(), QStringLiteral("1000.0000"));
        QCborMap p = params(QStringLiteral("sales_invoices"));
        p.insert(QStringLiteral("filters"), QCborArray{map({{QStringLiteral("field"), QStringLiteral("open_amount")},
                                                            {QStringLiteral("value"), QStringLiteral("1000")}})});
        const QCborArray open = m_c->call(QStringLiteral("document.list"), p).result.toMap().value(QStringLiteral("rows")).toArray();
        QCOMPARE(open.size(), 1);
        QCOMPARE(open[0].toMap().value(QStringLiteral("open_amount")).toString(), QStringLiteral("1000.0000"));
        checkLedgerBalances();
    }

    // What the clerk sees while entering a line: in stock, reserved by orders, free; a product
    // or warehouse that does not exist is named.
    void showsTheAvailabilityOfALinesProduct()
    {
        const qint64 saw = product(QStringLiteral("Pila ocaska"));
        receive(saw, QStringLiteral("5"), QStringLiteral("2026-11-20T08:00:00Z"));
        const auto available = [&] {
            QHash<QString, QString> out;
            const Reply r = m_c->call(QStringLiteral("warehouse.availability"),
                                      map({{QStringLiteral("warehouse"), m_warehouse}, {QStringLiteral("product"), saw}}));
            for (const QCborValue &v : r.result.toMap().value(QStringLiteral("items")).toArray())
                out.insert(v.toMap().value(QStringLiteral("name")).toString(), v.toMap().value(QStringLiteral("value")).toString());
            return out;
        };
        QCOMPARE(available().value(QStringLiteral("free")), QStringLiteral("5.000"));
        Reply r = create(QStringLiteral("sales_orders"), head(QStringLiteral("2026-11-26T10:00:00Z")), {line(saw, QStringLiteral("2"))});
        QVERIFY2(r.ok, qPrintable(r.error.message));
        QCOMPARE(available(), (QHash<QString, QString>{{QStringLiteral("on_hand"), QStringLiteral("5.000")},
                                                       {QStringLiteral("reserved"), QStringLiteral("2.000")},
                                                       {QStringLiteral("free"), QStringLiteral("3.000")}}));
        r = m_c->call(QStringLiteral("warehouse.availability"),
                      map({{QStringLiteral("warehouse"), qint64(987654321)}, {QStringLiteral("product"), saw}}));
        QVERIFY(!r.ok);
        QCOMPARE(r.error.field, QStringLiteral("warehouse"));
        r = m_c->call(QStringLiteral("warehouse.availability"), map({{QStringLiteral("warehouse"), m_warehouse}}));
        QVERIFY(!r.ok);
        QCOMPARE(r.error.field, QStringLiteral("product"));
    }
};

QTEST_GUILESS_MAIN(TestOrderProgress)
#include "tst_orderprogress.moc"
