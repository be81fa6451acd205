// Revenue, credit notes, returns and refunds through the real server: the sales register's
// revenue and cost over a period equal the ledger's Sales (604) and cost of goods sold (504);
// a line is never credited twice; a credit note on a paid invoice is refunded once; inventory
// differences and returns book the accounts Czech practice uses, never a negative amount; the
// VAT summary is one organization's. Every step checks that the trial balance balances.
#include "catalogclient.h"
#include "decimal.h"
#include "serverprocess.h"

#include <QCborArray>
#include <QTest>

using erp::Decimal;
using erp::client::Reply;
using namespace erp::test;
using namespace Qt::StringLiterals;

namespace {

const QString November = u"2026-11-01T00:00:00Z"_s, EndOfNovember = u"2026-11-30T23:59:59Z"_s;

QCborMap line(qint64 product, const QString &quantity, const QString &price)
{
    return map({{u"product"_s, product}, {u"quantity"_s, quantity}, {u"price"_s, price}});
}

Decimal dec(const QCborValue &v)
{
    const auto d = Decimal::parse(v.toString());
    return d ? *d : Decimal();
}

} // namespace

class TestRevenueFlow : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    std::unique_ptr<erp::client::Connection> m_c;
    qint64 m_org = 0, m_otherOrg = 0, m_warehouse = 0, m_drill = 0, m_fitting = 0, m_source = 0;
    qint64 m_partner = 0, m_counterparty = 0, m_payer = 0, m_payerParty = 0;
    qint64 m_invoice = 0; // goods shipped on an order with a return line

    Reply create(const QString &kind, QCborMap values, const QCborArray &lines, const QString &date, bool post = true)
    {
        if (!values.contains(u"organization"_s))
            values.insert(u"organization"_s, m_org);
        values.insert(u"date"_s, date);
        return createDocument(*m_c, kind, values, lines, post);
    }

    QCborMap party(qint64 partner = 0, qint64 counterparty = 0)
    {
        return map({{u"partner"_s, partner ? partner : m_partner},
                    {u"counterparty"_s, counterparty ? counterparty : m_counterparty}});
    }

    QCborMap proposal(const QString &kind, const QString &fromKind, qint64 fromId)
    {
        const Reply r = m_c->call(u"document.basedOn"_s,
                                  params(kind, {{u"from"_s, map({{u"kind"_s, fromKind}, {u"id"_s, fromId}})}}));
        if (!r.ok)
            qWarning().noquote() << r.error.message;
        return r.result.toMap();
    }

    static QCborArray linesOf(const QCborMap &proposal)
    {
        return proposal.value(u"sections"_s).toMap().value(u"lines"_s).toArray();
    }

    static qint64 idOf(const Reply &r) { return r.result.toMap().value(u"id"_s).toInteger(); }

    QString owed(qint64 invoice)
    {
        const QCborArray rows =
            m_c->call(u"register.balances"_s,
                      map({{u"register"_s, u"settlements"_s}, {u"where"_s, map({{u"invoice"_s, invoice}})}}))
                .result.toMap()
                .value(u"rows"_s)
                .toArray();
        return rows.isEmpty() ? u"0"_s : rows[0].toMap().value(u"amount"_s).toString();
    }

    QCborMap trialBalance(const QString &from = November, const QString &to = EndOfNovember)
    {
        return m_c->call(u"report.trialBalance"_s, map({{u"from"_s, from}, {u"to"_s, to}})).result.toMap();
    }

    // An account's debit and credit turnovers in the trial balance.
    static std::pair<Decimal, Decimal> turnover(const QCborMap &tb, const QString &code)
    {
        for (const QCborValue &r : tb.value(u"rows"_s).toArray())
            if (r.toMap().value(u"account"_s).toString() == code)
                return {dec(r.toMap().value(u"debit"_s)), dec(r.toMap().value(u"credit"_s))};
        return {};
    }

    void checkLedgerBalances()
    {
        const QCborMap tb = m_c->call(u"report.trialBalance"_s, {}).result.toMap();
        QVERIFY(!tb.value(u"rows"_s).toArray().isEmpty());
        QCOMPARE(tb.value(u"debit"_s).toString(), tb.value(u"credit"_s).toString());
    }

    // No entry of a document's ledger movements has a negative amount.
    void checkNoNegativeEntries(const QString &kind, qint64 id)
    {
        const QCborArray ledger = m_c->call(u"document.movements"_s, params(kind, {{u"id"_s, id}}))
                                      .result.toMap()
                                      .value(u"ledger"_s)
                                      .toArray();
        for (const QCborValue &e : ledger)
            QVERIFY2(!dec(e.toMap().value(u"amount"_s)).isNegative(),
                     qPrintable(e.toMap().value(u"amount"_s).toString()));
    }

    // The sales register's revenue and cost over November against the ledger's 604 and 504.
    void checkRevenueEqualsLedger(const QString &revenue, const QString &cost)
    {
        const QCborMap sales =
            m_c->call(u"report.salesByPeriod"_s,
                      map({{u"from"_s, November}, {u"to"_s, EndOfNovember}, {u"groupBy"_s, u"month"_s}}))
                .result.toMap();
        const QCborMap tb = trialBalance();
        const auto [salesDebit, salesCredit] = turnover(tb, u"604"_s);
        const auto [costDebit, costCredit] = turnover(tb, u"504"_s);
        QCOMPARE(dec(sales.value(u"revenue"_s)), *salesCredit.minus(salesDebit));
        QCOMPARE(dec(sales.value(u"cost"_s)), *costDebit.minus(costCredit));
        QCOMPARE(sales.value(u"revenue"_s).toString(), revenue);
        QCOMPARE(sales.value(u"cost"_s).toString(), cost);
        QCOMPARE(tb.value(u"debit"_s).toString(), tb.value(u"credit"_s).toString());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        m_c = m_server.connect();
        QVERIFY(m_c);
        m_source = createCatalog(*m_c, u"information_sources"_s, map({{u"name"_s, u"Veletrh Amper"_s}}));
        QVERIFY(m_source);
        const SalesFixture f = salesFixture(*m_c, map({{u"source"_s, m_source}}));
        QVERIFY(f.organization);
        m_org = f.organization;
        m_warehouse = f.warehouse;
        m_drill = f.drill;
        m_fitting = f.fitting;
        m_partner = f.partner;
        m_counterparty = f.counterparty;
        m_otherOrg = createCatalog(*m_c, u"organizations"_s, map({{u"name"_s, u"Beta Servis"_s}}));
        m_payer = createCatalog(*m_c, u"partners"_s, map({{u"name"_s, u"Modrý pes"_s}}));
        m_payerParty =
            createCatalog(*m_c, u"counterparties"_s, map({{u"name"_s, u"Modrý pes a.s."_s}, {u"partner"_s, m_payer}}));
        QVERIFY(m_otherOrg && m_payer && m_payerParty);
    }

    // The order's manager is the user who made it, its source the partner's; the shipment and
    // the invoice carry them on into the sales register.
    void salesDocumentsCarryManagerAndSource()
    {
        QCborMap head = party();
        head.insert(u"warehouse"_s, m_warehouse);
        Reply r = create(u"sales_orders"_s, head, {line(m_drill, u"4"_s, u"1500"_s), line(m_drill, u"-1"_s, u"1500"_s)},
                         u"2026-11-03T09:00:00Z"_s);
        QVERIFY2(r.ok, qPrintable(r.error.message));
        const QCborMap order = r.result.toMap();
        const QCborValue manager = order.value(u"manager"_s);
        QVERIFY(manager.isInteger());
        const QCborMap user = m_c->call(u"catalog.read"_s, params(u"users"_s, {{u"id"_s, manager}})).result.toMap();
        QCOMPARE(user.value(u"code"_s).toString(), u"admin"_s);
        QCOMPARE(order.value(u"information_source"_s).toInteger(), m_source);

        QCborMap shipment = proposal(u"shipments"_s, u"sales_orders"_s, idOf(r));
        QCOMPARE(linesOf(shipment).size(), 2);
        r = create(u"shipments"_s, shipment.value(u"values"_s).toMap(), linesOf(shipment), u"2026-11-04T09:00:00Z"_s);
        QVERIFY2(r.ok, qPrintable(r.error.message));
        const qint64 shipmentId = idOf(r);
        QCOMPARE(r.result.toMap().value(u"manager"_s), manager);
        QCOMPARE(r.result.toMap().value(u"information_source"_s).toInteger(), m_source);
        // 4 out at 1,000 and 1 back at the warehouse's 1,000 (the customer never had one from us):
        // two positive entries, never a netted or negative one.
        checkNoNegativeEntries(u"shipments"_s, shipmentId);

        const QCborMap invoice = proposal(u"sales_invoices"_s, u"shipments"_s, shipmentId);
        r = create(u"sales_invoices"_s, invoice.value(u"values"_s).toMap(), linesOf(invoice),
                   u"2026-11-05T09:00:00Z"_s);
        QVERIFY2(r.ok, qPrintable(r.error.message));
        m_invoice = idOf(r);
        QCOMPARE(r.result.toMap().value(u"total_net"_s).toString(), u"4500.0000"_s); // 6,000 - 1,500 returned
        const QCborArray sales = m_c->call(u"document.movements"_s, params(u"sales_invoices"_s, {{u"id"_s, m_invoice}}))
                                     .result.toMap()
                                     .value(u"sales"_s)
                                     .toArray();
        QCOMPARE(sales.size(), 2);
        for (const QCborValue &row : sales) {
            QCOMPARE(row.toMap().value(u"manager"_s), manager);
            QCOMPARE(row.toMap().value(u"information_source"_s).toInteger(), m_source);
            QCOMPARE(row.toMap().value(u"counterparty"_s).toInteger(), m_counterparty);
        }
        checkRevenueEqualsLedger(u"4500.00"_s, u"3000.00"_s);
    }

    // 4 drills invoiced, 1 of them returned on a negative order line and credited by the same
    // invoice: 3 are left to credit, and a fourth is refused, naming the line.
    void aReturnOnANegativeOrderLineIsCreditedOnce()
    {
        QCborMap note = proposal(u"credit_notes"_s, u"sales_invoices"_s, m_invoice);
        QCOMPARE(note.value(u"values"_s).toMap().value(u"sales_invoice"_s).toInteger(), m_invoice);
        // What is left to credit: 3 of the 4 drills; the return line is already credited.
        QCOMPARE(linesOf(note).size(), 1);
        QCOMPARE(linesOf(note)[0].toMap().value(u"quantity"_s).toString(), u"3.000"_s);
        QCOMPARE(linesOf(note)[0].toMap().value(u"price"_s).toString(), u"1500.0000"_s);
        QCborMap values = note.value(u"values"_s).toMap();
        values.insert(u"reason"_s, u"Goods returned"_s);
        values.insert(u"goods_back"_s, true);
        values.insert(u"warehouse"_s, m_warehouse);
        Reply r = create(u"credit_notes"_s, values, {line(m_drill, u"4"_s, u"1500"_s)}, u"2026-11-10T09:00:00Z"_s);
        QVERIFY(!r.ok);
        QCOMPARE(r.error.field, u"lines[1].quantity"_s);
        QVERIFY2(r.error.message.contains(u"3.000"_s), qPrintable(r.error.message));
        QCOMPARE(owed(m_invoice), u"5445.0000"_s);
        // A credit note with goods: one drill back at the 1,000 it left with.
        r = create(u"credit_notes"_s, values, {line(m_drill, u"1"_s, u"1500"_s)}, u"2026-11-10T09:00:00Z"_s);
        QVERIFY2(r.ok, qPrintable(r.error.message));
        QCOMPARE(owed(m_invoice), u"3630.0000"_s);
        const QCborMap moves =
            m_c->call(u"document.movements"_s, params(u"credit_notes"_s, {{u"id"_s, idOf(r)}})).result.toMap();
        QCOMPARE(moves.value(u"stock"_s).toArray().at(0).toMap().value(u"cost"_s).toString(), u"1000.0000"_s);
        // A customer return (vratka) of the same invoice is the same credit: 2 left, 3 refused.
        values.remove(u"goods_back"_s);
        values.remove(u"reason"_s); // a credit note's field, not a return's
        r = create(u"customer_returns"_s, values, {line(m_drill, u"3"_s, u"1500"_s)}, u"2026-11-11T09:00:00Z"_s);
        QVERIFY(!r.ok);
        QCOMPARE(r.error.field, u"lines[1].quantity"_s);
        r = create(u"customer_returns"_s, values, {line(m_drill, u"1"_s, u"1500"_s)}, u"2026-11-11T09:00:00Z"_s);
        QVERIFY2(r.ok, qPrintable(r.error.message));
        QCOMPARE(owed(m_invoice), u"1815.0000"_s);
        // An invoice that has been credited cannot be unposted.
        const QCborMap read =
            m_c->call(u"document.read"_s, params(u"sales_invoices"_s, {{u"id"_s, m_invoice}})).result.toMap();
        r = m_c->call(u"document.unpost"_s,
                      params(u"sales_invoices"_s, {{u"id"_s, m_invoice}, {u"version"_s, read.value(u"version"_s)}}));
        QVERIFY(!r.ok);
        QCOMPARE(owed(m_invoice), u"1815.0000"_s);
        // 4,500 - 1,500 - 1,500 invoiced; 3,000 - 1,000 - 1,000 cost.
        checkRevenueEqualsLedger(u"1500.00"_s, u"1000.00"_s);
    }

    // Services are revenue when invoiced; a discount credits money, moves no goods.
    void servicesAndAPriceOnlyCreditNote()
    {
        Reply r = create(u"sales_invoices"_s, party(), {line(m_fitting, u"2"_s, u"500"_s)}, u"2026-11-12T09:00:00Z"_s);
        QVERIFY2(r.ok, qPrintable(r.error.message));
        const qint64 invoice = idOf(r);
        QCborMap values = proposal(u"credit_notes"_s, u"sales_invoices"_s, invoice).value(u"values"_s).toMap();
        values.insert(u"reason"_s, u"Price agreed lower"_s);
        // More than was invoiced of the line is refused, naming it.
        r = create(u"credit_notes"_s, values, {line(m_fitting, u"2"_s, u"600"_s)}, u"2026-11-13T09:00:00Z"_s);
        QVERIFY(!r.ok);
        QCOMPARE(r.error.field, u"lines[1].amount"_s);
        r = create(u"credit_notes"_s, values, {line(m_fitting, u"1"_s, u"200"_s)}, u"2026-11-13T09:00:00Z"_s);
        QVERIFY2(r.ok, qPrintable(r.error.message));
        const QCborMap moves =
            m_c->call(u"document.movements"_s, params(u"credit_notes"_s, {{u"id"_s, idOf(r)}})).result.toMap();
        QVERIFY(moves.value(u"stock"_s).toArray().isEmpty());
        QCOMPARE(owed(invoice), u"968.0000"_s); // 1,210 - 242
        // A December invoice stays out of November.
        r = create(u"sales_invoices"_s, party(), {line(m_fitting, u"1"_s, u"700"_s)}, u"2026-12-02T09:00:00Z"_s);
        QVERIFY2(r.ok, qPrintable(r.error.message));
        checkRevenueEqualsLedger(u"2300.00"_s, u"1000.00"_s); // + 1,000 - 200
        checkLedgerBalances();
    }

    // Paid, then credited: the customer is owed 121; a refund based on the credit note pays
    // exactly that back, and nothing more can be refunded.
    void aCreditNoteOnAPaidInvoiceIsRefundedOnce()
    {
        Reply r = create(u"sales_invoices"_s, party(m_payer, m_payerParty), {line(m_fitting, u"1"_s, u"500"_s)},
                         u"2026-11-14T09:00:00Z"_s);
        QVERIFY2(r.ok, qPrintable(r.error.message));
        const qint64 invoice = idOf(r);
        QCborMap pay = proposal(u"incoming_payments"_s, u"sales_invoices"_s, invoice);
        r = create(u"incoming_payments"_s, pay.value(u"values"_s).toMap(), linesOf(pay), u"2026-11-15T09:00:00Z"_s);
        QVERIFY2(r.ok, qPrintable(r.error.message));
        QCOMPARE(owed(invoice), u"0"_s);
        QCborMap values = proposal(u"credit_notes"_s, u"sales_invoices"_s, invoice).value(u"values"_s).toMap();
        values.insert(u"reason"_s, u"Price agreed lower"_s);
        r = create(u"credit_notes"_s, values, {line(m_fitting, u"1"_s, u"100"_s)}, u"2026-11-16T09:00:00Z"_s);
        QVERIFY2(r.ok, qPrintable(r.error.message));
        const qint64 note = idOf(r);
        QCOMPARE(owed(invoice), u"-121.0000"_s);
        checkLedgerBalances();
        // Nothing more can be paid on it, and the paid and credited invoice cannot be unposted.
        r = create(u"incoming_payments"_s, pay.value(u"values"_s).toMap(),
                   {map({{u"invoice"_s, invoice}, {u"amount"_s, u"10"_s}})}, u"2026-11-17T09:00:00Z"_s);
        QVERIFY(!r.ok);
        QCOMPARE(r.error.field, u"settlements"_s);
        const QCborMap read =
            m_c->call(u"document.read"_s, params(u"sales_invoices"_s, {{u"id"_s, invoice}})).result.toMap();
        r = m_c->call(u"document.unpost"_s,
                      params(u"sales_invoices"_s, {{u"id"_s, invoice}, {u"version"_s, read.value(u"version"_s)}}));
        QVERIFY(!r.ok); // credited, and paid
        QCOMPARE(owed(invoice), u"-121.0000"_s);
        // Aging: we owe the customer 121, shown as a credit, not as an overdue receivable.
        const QCborArray aging = m_c->call(u"report.receivablesAging"_s, map({{u"at"_s, u"2026-11-20T12:00:00Z"_s}}))
                                     .result.toMap()
                                     .value(u"rows"_s)
                                     .toArray();
        bool found = false;
        for (const QCborValue &row : aging)
            if (row.toMap().value(u"counterparty"_s).toInteger() == m_payerParty) {
                found = true;
                QCOMPARE(row.toMap().value(u"credit"_s).toString(), u"-121.00"_s);
                QCOMPARE(row.toMap().value(u"total"_s).toString(), u"-121.00"_s);
                QVERIFY(!row.toMap().contains(u"not_due"_s));
            }
        QVERIFY(found);

        const QCborMap refund = proposal(u"customer_refunds"_s, u"credit_notes"_s, note);
        QCOMPARE(linesOf(refund).size(), 1);
        QCOMPARE(linesOf(refund)[0].toMap().value(u"invoice"_s).toInteger(), invoice);
        QCOMPARE(linesOf(refund)[0].toMap().value(u"amount"_s).toString(), u"121.00"_s);
        const Decimal bankBefore = [&] {
            const QCborArray rows =
                m_c->call(u"register.balances"_s,
                          map({{u"register"_s, u"cash"_s}, {u"where"_s, map({{u"payment_method"_s, u"bank"_s}})}}))
                    .result.toMap()
                    .value(u"rows"_s)
                    .toArray();
            return rows.isEmpty() ? Decimal() : dec(rows[0].toMap().value(u"amount"_s));
        }();
        r = create(u"customer_refunds"_s, refund.value(u"values"_s).toMap(), linesOf(refund),
                   u"2026-11-18T09:00:00Z"_s);
        QVERIFY2(r.ok, qPrintable(r.error.message));
        QCOMPARE(owed(invoice), u"0"_s);
        const QCborArray bank =
            m_c->call(u"register.balances"_s,
                      map({{u"register"_s, u"cash"_s}, {u"where"_s, map({{u"payment_method"_s, u"bank"_s}})}}))
                .result.toMap()
                .value(u"rows"_s)
                .toArray();
        QCOMPARE(dec(bank[0].toMap().value(u"amount"_s)), *bankBefore.minus(*Decimal::parse(u"121")));
        checkLedgerBalances();
        // A second refund: nothing is proposed, and one made by hand is refused.
        QVERIFY(linesOf(proposal(u"customer_refunds"_s, u"credit_notes"_s, note)).isEmpty());
        r = create(u"customer_refunds"_s, refund.value(u"values"_s).toMap(),
                   {map({{u"invoice"_s, invoice}, {u"amount"_s, u"1"_s}})}, u"2026-11-19T09:00:00Z"_s);
        QVERIFY(!r.ok);
        QCOMPARE(r.error.field, u"lines[1].amount"_s);
        QCOMPARE(owed(invoice), u"0"_s);
        // November in payment dynamics: the refund is its own column.
        const QCborArray months =
            m_c->call(u"report.paymentDynamics"_s, map({{u"from"_s, November}, {u"to"_s, EndOfNovember}}))
                .result.toMap()
                .value(u"rows"_s)
                .toArray();
        QCOMPARE(months.size(), 1);
        QCOMPARE(months[0].toMap().value(u"refunded"_s).toString(), u"121.00"_s);
        checkRevenueEqualsLedger(u"2700.00"_s, u"1000.00"_s); // + 500 - 100
    }

    // A surplus is other operating income (648), a shortage a loss (549): never sales revenue.
    void inventoryDifferencesHitTheirAccounts()
    {
        const QCborMap before = trialBalance(November, u"2026-12-31T23:59:59Z"_s);
        // On the books: 10 received - 4 shipped + 1 + 1 + 1 back = 9 drills.
        Reply r = create(u"inventory_counts"_s, map({{u"warehouse"_s, m_warehouse}}),
                         {map({{u"product"_s, m_drill}, {u"counted"_s, u"11"_s}, {u"price"_s, u"900"_s}})},
                         u"2026-12-05T09:00:00Z"_s);
        QVERIFY2(r.ok, qPrintable(r.error.message));
        r = create(u"inventory_counts"_s, map({{u"warehouse"_s, m_warehouse}}),
                   {map({{u"product"_s, m_drill}, {u"counted"_s, u"10"_s}})}, u"2026-12-06T09:00:00Z"_s);
        QVERIFY2(r.ok, qPrintable(r.error.message));
        const QCborMap after = trialBalance(November, u"2026-12-31T23:59:59Z"_s);
        QCOMPARE(turnover(after, u"648"_s).second, *Decimal::parse(u"1800"));
        QVERIFY(!turnover(after, u"549"_s).first.isZero()); // one drill short at the average cost
        QCOMPARE(turnover(after, u"604"_s), turnover(before, u"604"_s));
        QCOMPARE(turnover(after, u"504"_s), turnover(before, u"504"_s));
        QCOMPARE(after.value(u"debit"_s).toString(), after.value(u"credit"_s).toString());
        const QCborArray accounts = m_c->call(u"catalog.list"_s, params(u"accounts"_s, {{u"limit"_s, 100}}))
                                        .result.toMap()
                                        .value(u"rows"_s)
                                        .toArray();
        QStringList codes;
        for (const QCborValue &a : accounts)
            codes << a.toMap().value(u"code"_s).toString();
        QVERIFY2(codes.contains(u"549"_s) && codes.contains(u"648"_s), qPrintable(codes.join(u',')));
    }

    // A shipment carrying only a return: Dr 132 / Cr 504, no negative amount.
    void aReturnOnlyShipmentBooksTheSidesSwapped()
    {
        QCborMap head = party();
        head.insert(u"warehouse"_s, m_warehouse);
        const Reply r = create(u"shipments"_s, head, {line(m_drill, u"-1"_s, u"1500"_s)}, u"2026-12-07T09:00:00Z"_s);
        QVERIFY2(r.ok, qPrintable(r.error.message));
        checkNoNegativeEntries(u"shipments"_s, idOf(r));
        const QCborArray ledger = m_c->call(u"document.movements"_s, params(u"shipments"_s, {{u"id"_s, idOf(r)}}))
                                      .result.toMap()
                                      .value(u"ledger"_s)
                                      .toArray();
        QCOMPARE(ledger.size(), 1);
        checkLedgerBalances();
    }

    void vatSummaryIsOneOrganizations()
    {
        Reply r = create(
            u"sales_invoices"_s,
            map({{u"organization"_s, m_otherOrg}, {u"partner"_s, m_partner}, {u"counterparty"_s, m_counterparty}}),
            {line(m_fitting, u"1"_s, u"1000"_s)}, u"2026-11-20T09:00:00Z"_s);
        QVERIFY2(r.ok, qPrintable(r.error.message));
        auto vat = [&](qint64 organization) {
            return m_c->call(u"report.vatSummary"_s,
                             map({{u"organization"_s, organization}, {u"from"_s, November}, {u"to"_s, EndOfNovember}}));
        };
        r = vat(m_otherOrg);
        QVERIFY2(r.ok, qPrintable(r.error.message));
        QCOMPARE(r.result.toMap().value(u"base"_s).toString(), u"1000.00"_s);
        QCOMPARE(r.result.toMap().value(u"vat"_s).toString(), u"210.00"_s);
        // Alfa: invoices 4,500 + 1,000 + 500, credited 1,500 + 1,500 + 200 + 100.
        r = vat(m_org);
        QVERIFY2(r.ok, qPrintable(r.error.message));
        QCOMPARE(r.result.toMap().value(u"base"_s).toString(), u"2700.00"_s);
        QCOMPARE(r.result.toMap().value(u"vat"_s).toString(), u"567.00"_s);
        r = m_c->call(u"report.vatSummary"_s, map({{u"from"_s, November}}));
        QVERIFY(!r.ok);
        QCOMPARE(r.error.field, u"organization"_s);
        r = vat(999999);
        QVERIFY(!r.ok);
        QCOMPARE(r.error.field, u"organization"_s);
    }
};

QTEST_GUILESS_MAIN(TestRevenueFlow)
#include "tst_revenueflow.moc"
