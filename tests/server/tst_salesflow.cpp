// The sales flow through the real server: purchase -> receipt -> order -> shipment ->
// invoice -> partial payments, made with "create based on", checking every balance and the
// ledger at each step, and the controls that keep reservations and payments honest.
#include "catalogclient.h"
#include "decimal.h"
#include "serverprocess.h"

#include <QCborArray>
#include <QTest>

using erp::client::Reply;
using erp::protocol::ErrorCode;
using namespace erp::test;

class TestSalesFlow : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    std::unique_ptr<erp::client::Connection> m_c;
    qint64 m_org = 0, m_warehouse = 0, m_product = 0, m_service = 0, m_partner = 0, m_counterparty = 0;
    qint64 m_order = 0, m_shipment = 0, m_invoice = 0;

    qint64 createCatalog(const QString &kind, const QCborMap &values) { return erp::test::createCatalog(*m_c, kind, values); }

    Reply create(const QString &kind, const QCborMap &values, const QCborArray &lines, bool post = true)
    {
        return createDocument(*m_c, kind, values, lines, post);
    }

    // "Create based on", then save and post what the server proposed (optionally changed).
    Reply createFrom(const QString &kind, const QString &fromKind, qint64 fromId,
                     const std::function<void(QCborMap &values, QCborArray &lines)> &edit = {})
    {
        const Reply proposal = m_c->call(QStringLiteral("document.basedOn"),
                                         params(kind, {{QStringLiteral("from"), map({{QStringLiteral("kind"), fromKind},
                                                                                     {QStringLiteral("id"), fromId}})}}));
        if (!proposal.ok)
            return proposal;
        QCborMap values = proposal.result.toMap().value(QStringLiteral("values")).toMap();
        QCborArray lines = proposal.result.toMap().value(QStringLiteral("sections")).toMap().value(QStringLiteral("lines")).toArray();
        values.insert(QStringLiteral("date"), QStringLiteral("2026-11-25T10:00:00Z")); // unless the edit dates it
        if (edit)
            edit(values, lines);
        return create(kind, values, lines);
    }

    QString balance(const QString &reg, const QCborMap &where, const QString &resource)
    {
        const QCborArray rows = m_c->call(QStringLiteral("register.balances"), map({{QStringLiteral("register"), reg}, {QStringLiteral("where"), where}}))
                                    .result.toMap().value(QStringLiteral("rows")).toArray();
        if (rows.isEmpty())
            return QStringLiteral("0");
        // Summed over the dimension sets the filter leaves open (reservations of every order line).
        erp::Decimal sum = *erp::Decimal::parse(rows[0].toMap().value(resource).toString());
        for (qsizetype i = 1; i < rows.size(); ++i)
            sum = *sum.plus(*erp::Decimal::parse(rows[i].toMap().value(resource).toString()));
        return sum.toString();
    }
    QString stock() { return balance(QStringLiteral("stock"), map({{QStringLiteral("product"), m_product}}), QStringLiteral("quantity")); }
    QString reserved() { return balance(QStringLiteral("reservations"), map({{QStringLiteral("product"), m_product}}), QStringLiteral("quantity")); }
    QString toShip() { return balance(QStringLiteral("orders_to_ship"), map({{QStringLiteral("sales_order"), m_order}}), QStringLiteral("quantity")); }
    QString owed() { return balance(QStringLiteral("settlements"), map({{QStringLiteral("invoice"), m_invoice}}), QStringLiteral("amount")); }

    void checkLedgerBalances()
    {
        const QCborMap tb = m_c->call(QStringLiteral("report.trialBalance"), {}).result.toMap();
        QCOMPARE(tb.value(QStringLiteral("debit")).toString(), tb.value(QStringLiteral("credit")).toString());
    }

    QString account(const QString &code, const QString &side)
    {
        for (const QCborValue &r : m_c->call(QStringLiteral("report.trialBalance"), {}).result.toMap().value(QStringLiteral("rows")).toArray())
            if (r.toMap().value(QStringLiteral("account")).toString() == code)
                return r.toMap().value(side).toString();
        return QStringLiteral("0");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        m_c = m_server.connect();
        QVERIFY(m_c);
        m_org = createCatalog(QStringLiteral("organizations"), map({{QStringLiteral("name"), QStringLiteral("Alfa Obchod")}}));
        m_warehouse = createCatalog(QStringLiteral("warehouses"), map({{QStringLiteral("name"), QStringLiteral("Sklad Brno")}, {QStringLiteral("organization"), m_org}}));
        const qint64 unit = createCatalog(QStringLiteral("units"), map({{QStringLiteral("code"), QStringLiteral("ks")}, {QStringLiteral("name"), QStringLiteral("kus")}}));
        m_product = createCatalog(QStringLiteral("products"), map({{QStringLiteral("name"), QStringLiteral("Vrtačka Narex")}, {QStringLiteral("unit"), unit}}));
        m_partner = createCatalog(QStringLiteral("partners"), map({{QStringLiteral("name"), QStringLiteral("Žlutý kůň")}}));
        m_counterparty = createCatalog(QStringLiteral("counterparties"), map({{QStringLiteral("name"), QStringLiteral("Žlutý kůň s.r.o.")}, {QStringLiteral("partner"), m_partner}}));
        QVERIFY(m_org && m_warehouse && m_product && m_partner && m_counterparty);
    }

    void receivesGoods()
    {
        const Reply r = create(QStringLiteral("goods_receipts"),
                               map({{QStringLiteral("organization"), m_org}, {QStringLiteral("warehouse"), m_warehouse},
                                    {QStringLiteral("date"), QStringLiteral("2026-11-20T08:00:00Z")}}),
                               {map({{QStringLiteral("product"), m_product}, {QStringLiteral("quantity"), QStringLiteral("10")},
                                     {QStringLiteral("price"), QStringLiteral("1000")}})});
        QVERIFY2(r.ok, qPrintable(r.error.message));
        QCOMPARE(stock(), QStringLiteral("10.000"));
        QCOMPARE(account(QStringLiteral("132"), QStringLiteral("debit")), QStringLiteral("10000.0000"));
        QCOMPARE(account(QStringLiteral("321"), QStringLiteral("credit")), QStringLiteral("10000.0000"));
        checkLedgerBalances();
    }

    void ordersAndReservesFreeStockOnly()
    {
        const QCborMap head = map({{QStringLiteral("organization"), m_org}, {QStringLiteral("warehouse"), m_warehouse},
                                   {QStringLiteral("partner"), m_partner}, {QStringLiteral("counterparty"), m_counterparty},
                                   {QStringLiteral("date"), QStringLiteral("2026-11-21T09:00:00Z")}});
        Reply r = create(QStringLiteral("sales_orders"), head,
                         {map({{QStringLiteral("product"), m_product}, {QStringLiteral("quantity"), QStringLiteral("5")},
                               {QStringLiteral("price"), QStringLiteral("1500")}, {QStringLiteral("vat_rate"), vatRate(*m_c, QStringLiteral("standard"))}})});
        QVERIFY2(r.ok, qPrintable(r.error.message));
        const QCborMap order = r.result.toMap();
        m_order = order.value(QStringLiteral("id")).toInteger();
        QCOMPARE(order.value(QStringLiteral("total_net")).toString(), QStringLiteral("7500.0000"));
        QCOMPARE(order.value(QStringLiteral("total_vat")).toString(), QStringLiteral("1575.0000"));
        QCOMPARE(order.value(QStringLiteral("total")).toString(), QStringLiteral("9075.0000"));
        QCOMPARE(reserved(), QStringLiteral("5.000"));
        QCOMPARE(toShip(), QStringLiteral("5.000"));
        // Another customer cannot reserve what is already promised: 10 in stock, 5 reserved.
        r = create(QStringLiteral("sales_orders"), head,
                   {map({{QStringLiteral("product"), m_product}, {QStringLiteral("quantity"), QStringLiteral("6")},
                         {QStringLiteral("price"), QStringLiteral("1500")}})});
        QVERIFY(!r.ok);
        QVERIFY2(r.error.message.contains(QStringLiteral("Vrtačka Narex")) && r.error.message.contains(QStringLiteral("1 short")),
                 qPrintable(r.error.message));
        QCOMPARE(r.error.field, QStringLiteral("lines[1].quantity"));
        QCOMPARE(reserved(), QStringLiteral("5.000"));
        // Nor can a shipment without an order take reserved goods.
        r = create(QStringLiteral("shipments"), head,
                   {map({{QStringLiteral("product"), m_product}, {QStringLiteral("quantity"), QStringLiteral("6")},
                         {QStringLiteral("price"), QStringLiteral("1500")}})});
        QVERIFY(!r.ok);
        QCOMPARE(stock(), QStringLiteral("10.000"));
    }

    void shipsPartOfTheOrder()
    {
        // Based on the order: the open 5 are proposed; the warehouse ships 3 now.
        const Reply r = createFrom(QStringLiteral("shipments"), QStringLiteral("sales_orders"), m_order, [](QCborMap &, QCborArray &lines) {
            QCOMPARE(lines.size(), 1);
            QCOMPARE(lines[0].toMap().value(QStringLiteral("quantity")).toString(), QStringLiteral("5.000"));
            QCborMap line = lines[0].toMap();
            line.insert(QStringLiteral("quantity"), QStringLiteral("3"));
            lines[0] = line;
        });
        QVERIFY2(r.ok, qPrintable(r.error.message));
        m_shipment = r.result.toMap().value(QStringLiteral("id")).toInteger();
        QCOMPARE(r.result.toMap().value(QStringLiteral("sales_order")).toInteger(), m_order);
        QCOMPARE(stock(), QStringLiteral("7.000"));
        QCOMPARE(reserved(), QStringLiteral("2.000"));
        QCOMPARE(toShip(), QStringLiteral("2.000")); // the rest stays open on the order
        QCOMPARE(account(QStringLiteral("504"), QStringLiteral("debit")), QStringLiteral("3000.0000")); // cost of goods sold
        checkLedgerBalances();
        // The next shipment based on the order proposes only what is still open.
        const QCborArray rest = m_c->call(QStringLiteral("document.basedOn"),
                                          params(QStringLiteral("shipments"), {{QStringLiteral("from"), map({{QStringLiteral("kind"), QStringLiteral("sales_orders")},
                                                                                                             {QStringLiteral("id"), m_order}})}}))
                                    .result.toMap().value(QStringLiteral("sections")).toMap().value(QStringLiteral("lines")).toArray();
        QCOMPARE(rest.at(0).toMap().value(QStringLiteral("quantity")).toString(), QStringLiteral("2.000"));
    }

    void invoicesTheShipment()
    {
        const Reply r = createFrom(QStringLiteral("sales_invoices"), QStringLiteral("shipments"), m_shipment);
        QVERIFY2(r.ok, qPrintable(r.error.message));
        const QCborMap invoice = r.result.toMap();
        m_invoice = invoice.value(QStringLiteral("id")).toInteger();
        QCOMPARE(invoice.value(QStringLiteral("total_net")).toString(), QStringLiteral("4500.0000"));
        QCOMPARE(invoice.value(QStringLiteral("total_vat")).toString(), QStringLiteral("945.0000"));
        QCOMPARE(invoice.value(QStringLiteral("total")).toString(), QStringLiteral("5445.0000"));
        QCOMPARE(owed(), QStringLiteral("5445.0000"));
        QCOMPARE(account(QStringLiteral("604"), QStringLiteral("credit")), QStringLiteral("4500.0000"));
        QCOMPARE(account(QStringLiteral("343"), QStringLiteral("credit")), QStringLiteral("945.0000"));
        QCOMPARE(account(QStringLiteral("311"), QStringLiteral("debit")), QStringLiteral("5445.0000"));
        checkLedgerBalances();
    }

    void takesPartialPayments()
    {
        Reply r = createFrom(QStringLiteral("incoming_payments"), QStringLiteral("sales_invoices"), m_invoice, [](QCborMap &, QCborArray &lines) {
            QCOMPARE(lines.at(0).toMap().value(QStringLiteral("amount")).toString(), QStringLiteral("5445.00"));
            QCborMap line = lines[0].toMap();
            line.insert(QStringLiteral("amount"), QStringLiteral("2000"));
            lines[0] = line;
        });
        QVERIFY2(r.ok, qPrintable(r.error.message));
        QCOMPARE(owed(), QStringLiteral("3445.0000"));
        // The invoice is due its customer's payment terms (14 days, the partner's default) after
        // its date: 25 Nov + 14 = 9 Dec. Aged at the end of the year: 22 days overdue.
        const QCborMap invoice = m_c->call(QStringLiteral("document.read"), params(QStringLiteral("sales_invoices"), {{QStringLiteral("id"), m_invoice}})).result.toMap();
        QCOMPARE(invoice.value(QStringLiteral("due_date")).toString(), QStringLiteral("2026-12-09"));
        const QCborMap aging = m_c->call(QStringLiteral("report.receivablesAging"), map({{QStringLiteral("at"), QStringLiteral("2026-12-31T12:00:00Z")}})).result.toMap();
        QCOMPARE(aging.value(QStringLiteral("rows")).toArray().size(), 1);
        QCOMPARE(aging.value(QStringLiteral("rows")).toArray()[0].toMap().value(QStringLiteral("d1_30")).toString(), QStringLiteral("3445.00"));
        // On 9 Dec it is due, not yet overdue.
        const QCborMap due = m_c->call(QStringLiteral("report.receivablesAging"), map({{QStringLiteral("at"), QStringLiteral("2026-12-09T12:00:00Z")}})).result.toMap();
        QCOMPARE(due.value(QStringLiteral("rows")).toArray()[0].toMap().value(QStringLiteral("not_due")).toString(), QStringLiteral("3445.00"));
        QCOMPARE(aging.value(QStringLiteral("totals")).toMap().value(QStringLiteral("total")).toString(), QStringLiteral("3445.00"));
        // Before the payment's date the whole invoice was open, and not yet overdue.
        const QCborMap before = m_c->call(QStringLiteral("report.receivablesAging"), map({{QStringLiteral("at"), QStringLiteral("2026-11-25T09:00:00Z")}})).result.toMap();
        QVERIFY(before.value(QStringLiteral("rows")).toArray().isEmpty()); // the invoice is dated 10:00
        // Paying more than is owed is refused, and nothing changes.
        r = createFrom(QStringLiteral("incoming_payments"), QStringLiteral("sales_invoices"), m_invoice, [](QCborMap &, QCborArray &lines) {
            QCborMap line = lines[0].toMap();
            line.insert(QStringLiteral("amount"), QStringLiteral("5000"));
            lines[0] = line;
        });
        QVERIFY(!r.ok);
        QCOMPARE(r.error.code, ErrorCode::Validation);
        QCOMPARE(owed(), QStringLiteral("3445.0000"));
        r = createFrom(QStringLiteral("incoming_payments"), QStringLiteral("sales_invoices"), m_invoice, [](QCborMap &values, QCborArray &) {
            values.insert(QStringLiteral("payment_method"), QStringLiteral("cash"));
        });
        QVERIFY2(r.ok, qPrintable(r.error.message));
        QCOMPARE(owed(), QStringLiteral("0"));
        QCOMPARE(balance(QStringLiteral("cash"), map({{QStringLiteral("payment_method"), QStringLiteral("bank")}}), QStringLiteral("amount")),
                 QStringLiteral("2000.0000"));
        QCOMPARE(balance(QStringLiteral("cash"), map({{QStringLiteral("payment_method"), QStringLiteral("cash")}}), QStringLiteral("amount")),
                 QStringLiteral("3445.0000"));
        QCOMPARE(account(QStringLiteral("311"), QStringLiteral("credit")), QStringLiteral("5445.0000")); // receivable settled
        checkLedgerBalances();
    }

    void reportsSalesAndVat()
    {
        const QCborMap sales = m_c->call(QStringLiteral("report.salesByPeriod"), map({{QStringLiteral("groupBy"), QStringLiteral("month")}})).result.toMap();
        const QCborMap november = sales.value(QStringLiteral("rows")).toArray().at(0).toMap();
        QCOMPARE(november.value(QStringLiteral("key")).toInteger(), 202611);
        QCOMPARE(november.value(QStringLiteral("quantity")).toString(), QStringLiteral("3.000"));
        QCOMPARE(november.value(QStringLiteral("revenue")).toString(), QStringLiteral("4500.00"));
        QCOMPARE(november.value(QStringLiteral("cost")).toString(), QStringLiteral("3000.00"));
        QCOMPARE(november.value(QStringLiteral("margin")).toString(), QStringLiteral("1500.00"));
        const QCborMap byProduct = m_c->call(QStringLiteral("report.salesByPeriod"), map({{QStringLiteral("groupBy"), QStringLiteral("product")}})).result.toMap();
        QCOMPARE(byProduct.value(QStringLiteral("rows")).toArray().at(0).toMap().value(QStringLiteral("label")).toString(), QStringLiteral("Vrtačka Narex"));
        const QCborMap vat = m_c->call(QStringLiteral("report.vatSummary"), map({{QStringLiteral("organization"), m_org}})).result.toMap();
        QCOMPARE(vat.value(QStringLiteral("rows")).toArray().size(), 1);
        const QCborMap vatRow = vat.value(QStringLiteral("rows")).toArray()[0].toMap();
        QCOMPARE(vatRow.value(QStringLiteral("vat_rate")).toInteger(), vatRate(*m_c, QStringLiteral("standard")));
        QCOMPARE(vatRow.value(QStringLiteral("code")).toString(), QStringLiteral("standard"));
        QCOMPARE(vatRow.value(QStringLiteral("percentage")).toString(), QStringLiteral("21.00"));
        QCOMPARE(vat.value(QStringLiteral("rows")).toArray()[0].toMap().value(QStringLiteral("side")).toString(), QStringLiteral("output"));
        QCOMPARE(vat.value(QStringLiteral("base")).toString(), QStringLiteral("4500.00"));
        QCOMPARE(vat.value(QStringLiteral("vat")).toString(), QStringLiteral("945.00"));
        QCOMPARE(vat.value(QStringLiteral("payable")).toString(), QStringLiteral("945.00"));
        QCOMPARE(m_c->call(QStringLiteral("report.salesByPeriod"), map({{QStringLiteral("groupBy"), QStringLiteral("colour")}})).error.field,
                 QStringLiteral("groupBy"));
    }

    void keepsTheChainLinkedBothWays()
    {
        auto kinds = [&](const QString &kind, qint64 id) {
            QStringList out;
            for (const QCborValue &d : m_c->call(QStringLiteral("document.related"), params(kind, {{QStringLiteral("id"), id}}))
                                           .result.toMap().value(QStringLiteral("documents")).toArray())
                out << d.toMap().value(QStringLiteral("kind")).toString();
            out.sort();
            return out;
        };
        QCOMPARE(kinds(QStringLiteral("sales_orders"), m_order), (QStringList{QStringLiteral("sales_invoices"), QStringLiteral("shipments")}));
        QCOMPARE(kinds(QStringLiteral("shipments"), m_shipment), (QStringList{QStringLiteral("sales_invoices"), QStringLiteral("sales_orders")}));
        QCOMPARE(kinds(QStringLiteral("sales_invoices"), m_invoice),
                 (QStringList{QStringLiteral("incoming_payments"), QStringLiteral("incoming_payments"), QStringLiteral("sales_orders"),
                              QStringLiteral("shipments")}));
    }

    void buysFromASupplier()
    {
        const qint64 supplier = createCatalog(QStringLiteral("partners"), map({{QStringLiteral("name"), QStringLiteral("Narex Česká Lípa")},
                                                                              {QStringLiteral("is_supplier"), true}}));
        const qint64 supplierEntity = createCatalog(QStringLiteral("counterparties"), map({{QStringLiteral("name"), QStringLiteral("Narex s.r.o.")},
                                                                                          {QStringLiteral("partner"), supplier}}));
        const QString stockBefore = stock();
        Reply r = create(QStringLiteral("purchase_orders"),
                         map({{QStringLiteral("organization"), m_org}, {QStringLiteral("warehouse"), m_warehouse},
                              {QStringLiteral("supplier"), supplier}, {QStringLiteral("counterparty"), supplierEntity},
                              {QStringLiteral("date"), QStringLiteral("2026-11-26T08:00:00Z")}}),
                         {map({{QStringLiteral("product"), m_product}, {QStringLiteral("quantity"), QStringLiteral("20")},
                               {QStringLiteral("price"), QStringLiteral("800")}})});
        QVERIFY2(r.ok, qPrintable(r.error.message));
        const qint64 order = r.result.toMap().value(QStringLiteral("id")).toInteger();
        const auto toReceive = [&] {
            return balance(QStringLiteral("orders_to_receive"), map({{QStringLiteral("purchase_order"), order}}), QStringLiteral("quantity"));
        };
        QCOMPARE(toReceive(), QStringLiteral("20.000"));
        r = createFrom(QStringLiteral("goods_receipts"), QStringLiteral("purchase_orders"), order, [](QCborMap &values, QCborArray &lines) {
            values.insert(QStringLiteral("date"), QStringLiteral("2026-11-26T08:30:00Z")); // after the order
            QCborMap line = lines[0].toMap();
            line.insert(QStringLiteral("quantity"), QStringLiteral("15"));
            lines[0] = line;
        });
        QVERIFY2(r.ok, qPrintable(r.error.message));
        const qint64 receipt = r.result.toMap().value(QStringLiteral("id")).toInteger();
        QCOMPARE(toReceive(), QStringLiteral("5.000"));
        QCOMPARE(*erp::Decimal::parse(stock()), *erp::Decimal::parse(stockBefore)->plus(*erp::Decimal::parse(u"15")));
        r = createFrom(QStringLiteral("supplier_invoices"), QStringLiteral("goods_receipts"), receipt);
        QVERIFY2(r.ok, qPrintable(r.error.message));
        const qint64 invoice = r.result.toMap().value(QStringLiteral("id")).toInteger();
        QCOMPARE(r.result.toMap().value(QStringLiteral("total")).toString(), QStringLiteral("14520.0000")); // 15 × 800 × 1.21
        const auto payable = [&] {
            return balance(QStringLiteral("payables"), map({{QStringLiteral("supplier_invoice"), invoice}}), QStringLiteral("amount"));
        };
        QCOMPARE(payable(), QStringLiteral("14520.0000"));
        QCOMPARE(account(QStringLiteral("343"), QStringLiteral("debit")), QStringLiteral("2520.0000")); // input VAT
        r = createFrom(QStringLiteral("outgoing_payments"), QStringLiteral("supplier_invoices"), invoice);
        QVERIFY2(r.ok, qPrintable(r.error.message));
        QCOMPARE(payable(), QStringLiteral("0"));
        checkLedgerBalances();
    }

    void takesGoodsBackWithACreditNote()
    {
        const QCborMap party = map({{QStringLiteral("organization"), m_org}, {QStringLiteral("partner"), m_partner},
                                    {QStringLiteral("counterparty"), m_counterparty}, {QStringLiteral("date"), QStringLiteral("2026-11-26T09:00:00Z")}});
        const QCborMap twoDrills = map({{QStringLiteral("product"), m_product}, {QStringLiteral("quantity"), QStringLiteral("2")},
                                        {QStringLiteral("price"), QStringLiteral("1500")}});
        Reply r = create(QStringLiteral("sales_invoices"), party, {twoDrills});
        QVERIFY2(r.ok, qPrintable(r.error.message));
        const qint64 invoice = r.result.toMap().value(QStringLiteral("id")).toInteger();
        const auto openOn = [&](qint64 id) {
            return balance(QStringLiteral("settlements"), map({{QStringLiteral("invoice"), id}}), QStringLiteral("amount"));
        };
        QCOMPARE(openOn(invoice), QStringLiteral("3630.0000"));
        const erp::Decimal stockBefore = *erp::Decimal::parse(stock());
        QCborMap head = party;
        head.insert(QStringLiteral("warehouse"), m_warehouse);
        head.insert(QStringLiteral("sales_invoice"), invoice);
        r = create(QStringLiteral("customer_returns"), head,
                   {map({{QStringLiteral("product"), m_product}, {QStringLiteral("quantity"), QStringLiteral("1")},
                         {QStringLiteral("price"), QStringLiteral("1500")}})});
        QVERIFY2(r.ok, qPrintable(r.error.message));
        QCOMPARE(openOn(invoice), QStringLiteral("1815.0000"));
        QCOMPARE(*erp::Decimal::parse(stock()), *stockBefore.plus(*erp::Decimal::parse(u"1")));
        const QCborMap moves = m_c->call(QStringLiteral("document.movements"),
                                         params(QStringLiteral("customer_returns"), {{QStringLiteral("id"), r.result.toMap().value(QStringLiteral("id"))}}))
                                   .result.toMap();
        QCOMPARE(moves.value(QStringLiteral("stock")).toArray().at(0).toMap().value(QStringLiteral("cost")).toString(),
                 QStringLiteral("1000.0000")); // the average cost of what this customer bought
        // The cost row comes first, then the revenue credited.
        QCOMPARE(moves.value(QStringLiteral("sales")).toArray().at(0).toMap().value(QStringLiteral("cost")).toString(),
                 QStringLiteral("-1000.0000"));
        QCOMPARE(moves.value(QStringLiteral("sales")).toArray().at(1).toMap().value(QStringLiteral("revenue")).toString(),
                 QStringLiteral("-1500.0000"));
        checkLedgerBalances();
        // A credit note of more than the invoice has left to credit is refused, naming the line.
        r = create(QStringLiteral("customer_returns"), head,
                   {map({{QStringLiteral("product"), m_product}, {QStringLiteral("quantity"), QStringLiteral("2")},
                         {QStringLiteral("price"), QStringLiteral("1500")}})});
        QVERIFY(!r.ok);
        QCOMPARE(r.error.field, QStringLiteral("lines[1].quantity"));
        QCOMPARE(openOn(invoice), QStringLiteral("1815.0000"));

        // November: 5,445 + 3,630 invoiced, 5,445 paid, 1,815 credited; 1,815 still open.
        const QCborArray months = m_c->call(QStringLiteral("report.paymentDynamics"), {}).result.toMap().value(QStringLiteral("rows")).toArray();
        QCOMPARE(months.size(), 1);
        const QCborMap november = months[0].toMap();
        QCOMPARE(november.value(QStringLiteral("month")).toInteger(), 202611);
        QCOMPARE(november.value(QStringLiteral("invoiced")).toString(), QStringLiteral("9075.00"));
        QCOMPARE(november.value(QStringLiteral("paid")).toString(), QStringLiteral("5445.00"));
        QCOMPARE(november.value(QStringLiteral("credited")).toString(), QStringLiteral("1815.00"));
        QCOMPARE(november.value(QStringLiteral("open")).toString(), QStringLiteral("1815.00"));
    }

    void invoicesAsTheOrderSays()
    {
        QCborMap head = map({{QStringLiteral("organization"), m_org}, {QStringLiteral("warehouse"), m_warehouse},
                             {QStringLiteral("partner"), m_partner}, {QStringLiteral("counterparty"), m_counterparty},
                             {QStringLiteral("invoicing"), QStringLiteral("on_order")}, {QStringLiteral("date"), QStringLiteral("2026-11-26T10:00:00Z")}});
        Reply r = create(QStringLiteral("sales_orders"), head,
                         {map({{QStringLiteral("product"), m_product}, {QStringLiteral("quantity"), QStringLiteral("1")},
                               {QStringLiteral("price"), QStringLiteral("1500")}})});
        QVERIFY2(r.ok, qPrintable(r.error.message));
        const qint64 order = r.result.toMap().value(QStringLiteral("id")).toInteger();
        r = createFrom(QStringLiteral("shipments"), QStringLiteral("sales_orders"), order, [](QCborMap &values, QCborArray &) {
            values.insert(QStringLiteral("date"), QStringLiteral("2026-11-26T10:30:00Z")); // after the order
        });
        QVERIFY2(r.ok, qPrintable(r.error.message));
        const qint64 shipment = r.result.toMap().value(QStringLiteral("id")).toInteger();
        r = createFrom(QStringLiteral("sales_invoices"), QStringLiteral("shipments"), shipment);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.message.contains(QStringLiteral("invoice the order")), qPrintable(r.error.message));
        r = createFrom(QStringLiteral("sales_invoices"), QStringLiteral("sales_orders"), order, [](QCborMap &values, QCborArray &) {
            values.insert(QStringLiteral("date"), QStringLiteral("2026-11-26T11:00:00Z")); // not before the order
        });
        QVERIFY2(r.ok, qPrintable(r.error.message));
        QCOMPARE(r.result.toMap().value(QStringLiteral("total")).toString(), QStringLiteral("1815.0000"));
        // An order invoiced on shipment cannot be invoiced from the order.
        r = createFrom(QStringLiteral("sales_invoices"), QStringLiteral("sales_orders"), m_order);
        QVERIFY(!r.ok);
        QCOMPARE(r.error.field, QStringLiteral("from"));
    }

    void roundsVatAsTheOrganizationSays()
    {
        const qint64 org = createCatalog(QStringLiteral("organizations"), map({{QStringLiteral("name"), QStringLiteral("Gama")},
                                                                              {QStringLiteral("vat_rounding"), QStringLiteral("per_document")}}));
        const QCborMap cheap = map({{QStringLiteral("product"), m_product}, {QStringLiteral("quantity"), QStringLiteral("1")},
                                    {QStringLiteral("price"), QStringLiteral("0.07")}});
        auto vatOf = [&](qint64 organization) {
            const Reply r = create(QStringLiteral("sales_invoices"),
                                   map({{QStringLiteral("organization"), organization}, {QStringLiteral("partner"), m_partner},
                                        {QStringLiteral("counterparty"), m_counterparty}}),
                                   {cheap, cheap, cheap}, false);
            return r.result.toMap().value(QStringLiteral("total_vat")).toString();
        };
        QCOMPARE(vatOf(m_org), QStringLiteral("0.0300")); // 3 × round(0.0147)
        QCOMPARE(vatOf(org), QStringLiteral("0.0400"));   // round(0.21 × 0.21)
    }

    void returnsGoodsToTheSupplier()
    {
        const qint64 supplier = createCatalog(QStringLiteral("partners"), map({{QStringLiteral("name"), QStringLiteral("Makita CZ")}}));
        const qint64 entity = createCatalog(QStringLiteral("counterparties"), map({{QStringLiteral("name"), QStringLiteral("Makita CZ s.r.o.")},
                                                                                  {QStringLiteral("partner"), supplier}}));
        const QCborMap party = map({{QStringLiteral("organization"), m_org}, {QStringLiteral("supplier"), supplier},
                                    {QStringLiteral("counterparty"), entity}, {QStringLiteral("date"), QStringLiteral("2026-11-26T11:00:00Z")}});
        Reply r = create(QStringLiteral("supplier_invoices"), party,
                         {map({{QStringLiteral("product"), m_product}, {QStringLiteral("quantity"), QStringLiteral("2")},
                               {QStringLiteral("price"), QStringLiteral("1000")}})});
        QVERIFY2(r.ok, qPrintable(r.error.message));
        const qint64 invoice = r.result.toMap().value(QStringLiteral("id")).toInteger();
        const erp::Decimal before = *erp::Decimal::parse(stock());
        QCborMap head = party;
        head.insert(QStringLiteral("warehouse"), m_warehouse);
        head.insert(QStringLiteral("supplier_invoice"), invoice);
        r = create(QStringLiteral("supplier_returns"), head,
                   {map({{QStringLiteral("product"), m_product}, {QStringLiteral("quantity"), QStringLiteral("1")},
                         {QStringLiteral("price"), QStringLiteral("1000")}})});
        QVERIFY2(r.ok, qPrintable(r.error.message));
        QCOMPARE(*erp::Decimal::parse(stock()), *before.minus(*erp::Decimal::parse(u"1")));
        QCOMPARE(balance(QStringLiteral("payables"), map({{QStringLiteral("supplier_invoice"), invoice}}), QStringLiteral("amount")),
                 QStringLiteral("1210.0000"));
        checkLedgerBalances();
    }

    void takesReturnsMixedIntoAnOrder()
    {
        const qint64 unit = createCatalog(QStringLiteral("units"), map({{QStringLiteral("code"), QStringLiteral("bal")}, {QStringLiteral("name"), QStringLiteral("balení")}}));
        const qint64 returned = createCatalog(QStringLiteral("products"), map({{QStringLiteral("name"), QStringLiteral("Kufr na nářadí")}, {QStringLiteral("unit"), unit}}));
        const auto stockOf = [&](qint64 product) {
            return balance(QStringLiteral("stock"), map({{QStringLiteral("product"), product}}), QStringLiteral("quantity"));
        };
        const erp::Decimal reservedBefore = *erp::Decimal::parse(reserved());
        Reply r = create(QStringLiteral("sales_orders"),
                         map({{QStringLiteral("organization"), m_org}, {QStringLiteral("warehouse"), m_warehouse},
                              {QStringLiteral("partner"), m_partner}, {QStringLiteral("counterparty"), m_counterparty},
                              {QStringLiteral("date"), QStringLiteral("2026-11-26T12:00:00Z")}}),
                         {map({{QStringLiteral("product"), m_product}, {QStringLiteral("quantity"), QStringLiteral("1")}, {QStringLiteral("price"), QStringLiteral("1500")}}),
                          map({{QStringLiteral("product"), returned}, {QStringLiteral("quantity"), QStringLiteral("-1")}, {QStringLiteral("price"), QStringLiteral("400")}})});
        QVERIFY2(r.ok, qPrintable(r.error.message));
        const QCborMap order = r.result.toMap();
        QCOMPARE(order.value(QStringLiteral("total_net")).toString(), QStringLiteral("1100.0000")); // 1500 - 400
        QCOMPARE(*erp::Decimal::parse(reserved()), *reservedBefore.plus(*erp::Decimal::parse(u"1"))); // only what goes out
        r = createFrom(QStringLiteral("shipments"), QStringLiteral("sales_orders"), order.value(QStringLiteral("id")).toInteger(),
                       [](QCborMap &values, QCborArray &lines) {
                           QCOMPARE(lines.size(), 2);
                           values.insert(QStringLiteral("date"), QStringLiteral("2026-11-26T12:30:00Z")); // after the order
                       });
        QVERIFY2(r.ok, qPrintable(r.error.message));
        QCOMPARE(stockOf(returned), QStringLiteral("1.000")); // the returned case is back in stock
        QCOMPARE(*erp::Decimal::parse(reserved()), reservedBefore);
        checkLedgerBalances();
    }

    void invoicesInEurosAndBooksInCrowns()
    {
        const qint64 eur = createCatalog(QStringLiteral("currencies"), map({{QStringLiteral("code"), QStringLiteral("EUR")}, {QStringLiteral("name"), QStringLiteral("Euro")}}));
        auto setRate = [&](const QString &date, const QString &rate) {
            return create(QStringLiteral("rate_settings"), map({{QStringLiteral("organization"), m_org}, {QStringLiteral("date"), date}}),
                          {map({{QStringLiteral("currency"), eur}, {QStringLiteral("rate"), rate}})}).ok;
        };
        QVERIFY(setRate(QStringLiteral("2026-11-01T00:00:00Z"), QStringLiteral("25")));
        QVERIFY(setRate(QStringLiteral("2026-11-25T00:00:00Z"), QStringLiteral("24.5")));
        const QString lossesBefore = account(QStringLiteral("563"), QStringLiteral("debit"));
        Reply r = create(QStringLiteral("sales_invoices"),
                         map({{QStringLiteral("organization"), m_org}, {QStringLiteral("currency"), eur}, {QStringLiteral("partner"), m_partner},
                              {QStringLiteral("counterparty"), m_counterparty}, {QStringLiteral("date"), QStringLiteral("2026-11-20T10:00:00Z")}}),
                         {map({{QStringLiteral("product"), m_product}, {QStringLiteral("quantity"), QStringLiteral("1")},
                               {QStringLiteral("price"), QStringLiteral("100")}})});
        QVERIFY2(r.ok, qPrintable(r.error.message));
        const qint64 invoice = r.result.toMap().value(QStringLiteral("id")).toInteger();
        QCOMPARE(r.result.toMap().value(QStringLiteral("total")).toString(), QStringLiteral("121.0000")); // in euros
        const QCborArray ledger = m_c->call(QStringLiteral("document.movements"), params(QStringLiteral("sales_invoices"), {{QStringLiteral("id"), invoice}}))
                                      .result.toMap().value(QStringLiteral("ledger")).toArray();
        QStringList amounts;
        for (const QCborValue &e : ledger)
            amounts << e.toMap().value(QStringLiteral("amount")).toString();
        amounts.sort();
        QCOMPARE(amounts, (QStringList{QStringLiteral("2500.0000"), QStringLiteral("525.0000")})); // at 25 CZK/EUR
        // A payment in crowns cannot settle a euro invoice.
        r = create(QStringLiteral("incoming_payments"),
                   map({{QStringLiteral("organization"), m_org}, {QStringLiteral("partner"), m_partner}, {QStringLiteral("counterparty"), m_counterparty}}),
                   {map({{QStringLiteral("invoice"), invoice}, {QStringLiteral("amount"), QStringLiteral("121")}})});
        QVERIFY(!r.ok);
        QCOMPARE(r.error.field, QStringLiteral("lines[1].invoice"));
        // Paid in euros at 24.5: the 60.50 CZK the receivable lost in value is an exchange loss.
        r = createFrom(QStringLiteral("incoming_payments"), QStringLiteral("sales_invoices"), invoice,
                       [](QCborMap &values, QCborArray &) { values.insert(QStringLiteral("date"), QStringLiteral("2026-11-26T10:00:00Z")); });
        QVERIFY2(r.ok, qPrintable(r.error.message));
        QCOMPARE(balance(QStringLiteral("settlements"), map({{QStringLiteral("invoice"), invoice}}), QStringLiteral("amount")), QStringLiteral("0"));
        QCOMPARE(*erp::Decimal::parse(account(QStringLiteral("563"), QStringLiteral("debit"))),
                 *erp::Decimal::parse(lossesBefore)->plus(*erp::Decimal::parse(u"60.50")));
        checkLedgerBalances();
        // Without a rate for the date, nothing is posted, and the message says which rate is missing.
        r = create(QStringLiteral("sales_invoices"),
                   map({{QStringLiteral("organization"), m_org}, {QStringLiteral("currency"), eur}, {QStringLiteral("partner"), m_partner},
                        {QStringLiteral("counterparty"), m_counterparty}, {QStringLiteral("date"), QStringLiteral("2026-10-20T10:00:00Z")}}),
                   {map({{QStringLiteral("product"), m_product}, {QStringLiteral("quantity"), QStringLiteral("1")}, {QStringLiteral("price"), QStringLiteral("100")}})});
        QVERIFY(!r.ok);
        QVERIFY2(r.error.message.contains(QStringLiteral("EUR")) && r.error.message.contains(QStringLiteral("2026-10-20")), qPrintable(r.error.message));
    }
};

QTEST_GUILESS_MAIN(TestSalesFlow)
#include "tst_salesflow.moc"
