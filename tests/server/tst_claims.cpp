// Claims through the real server: deadlines in working hours from the claim type's service
// levels and work schedule (weekends and holidays skipped), the claim workflow with its
// history, a refund or discount that makes and posts its credit note (or refuses the whole
// transition, naming the field, when the invoice has less left to credit), and the warning
// list of claims near or past their deadline.
#include "catalogclient.h"
#include "serverprocess.h"

#include <QCborArray>
#include <QTest>

using erp::client::Reply;
using namespace erp::test;
using namespace Qt::StringLiterals;

namespace {

QCborMap line(qint64 product, const QString &quantity, const QString &price)
{
    return map({{u"product"_s, product}, {u"quantity"_s, quantity}, {u"price"_s, price}});
}

// A wall-clock moment where the server is (it computes working hours in its time zone), as the
// protocol writes it (UTC).
QString local(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::LocalTime).toUTC().toString(Qt::ISODateWithMs);
}

QString utc(const QDateTime &d)
{
    return d.toUTC().toString(Qt::ISODateWithMs);
}

QCborArray hours(int fromDay, int toDay, const QString &from, const QString &to)
{
    static const QStringList days{u"monday"_s, u"tuesday"_s, u"wednesday"_s, u"thursday"_s,
                                  u"friday"_s, u"saturday"_s, u"sunday"_s};
    QCborArray out;
    for (int d = fromDay; d <= toDay; ++d)
        out.append(map({{u"weekday"_s, days.at(d - 1)}, {u"from"_s, from}, {u"to"_s, to}}));
    return out;
}

} // namespace

class TestClaims : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    std::unique_ptr<erp::client::Connection> m_c;
    qint64 m_org = 0, m_warehouse = 0, m_drill = 0, m_fitting = 0, m_partner = 0, m_counterparty = 0;
    qint64 m_other = 0, m_otherParty = 0, m_office = 0, m_always = 0;
    qint64 m_quality = 0, m_standard = 0, m_urgent = 0; // claim types
    qint64 m_fittingInvoice = 0, m_drillInvoice = 0;

    static qint64 idOf(const Reply &r) { return r.result.toMap().value(u"id"_s).toInteger(); }

    qint64 catalogWithSections(const QString &kind, const QCborMap &values, const QCborMap &sections)
    {
        QCborMap p = params(kind);
        p.insert(u"values"_s, values);
        p.insert(u"sections"_s, sections);
        const Reply r = m_c->call(u"catalog.create"_s, p);
        if (!r.ok)
            qWarning().noquote() << kind << r.error.message << r.error.field;
        return idOf(r);
    }

    Reply createClaim(QCborMap values, const QCborArray &products = {})
    {
        if (!values.contains(u"subject"_s))
            values.insert(u"subject"_s, u"Vadný kus"_s);
        if (!values.contains(u"partner"_s))
            values.insert(u"partner"_s, m_partner);
        if (!values.contains(u"claim_type"_s))
            values.insert(u"claim_type"_s, m_quality);
        QCborMap p = params(u"claims"_s);
        p.insert(u"values"_s, values);
        if (!products.isEmpty())
            p.insert(u"sections"_s, map({{u"products"_s, products}}));
        return m_c->call(u"document.create"_s, p);
    }

    QCborMap read(const QString &kind, qint64 id)
    {
        return m_c->call(u"document.read"_s, params(kind, {{u"id"_s, id}})).result.toMap();
    }

    Reply update(qint64 claim, const QCborMap &values)
    {
        return m_c->call(u"document.update"_s,
                         params(u"claims"_s, {{u"id"_s, claim},
                                              {u"version"_s, read(u"claims"_s, claim).value(u"version"_s)},
                                              {u"values"_s, values}}));
    }

    Reply move(qint64 claim, const QString &transition)
    {
        return m_c->call(u"document.transition"_s,
                         params(u"claims"_s, {{u"id"_s, claim},
                                              {u"version"_s, read(u"claims"_s, claim).value(u"version"_s)},
                                              {u"transition"_s, transition}}));
    }

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

    qint64 creditNoteCount()
    {
        return m_c->call(u"document.list"_s, params(u"credit_notes"_s, {{u"totals"_s, QCborArray()}}))
            .result.toMap()
            .value(u"count"_s)
            .toInteger();
    }

    // A claim in progress on an invoice, resolved by `resolution` for `amount`.
    qint64 claimToResolve(qint64 invoice, const QString &resolution, const QString &amount,
                          const QCborArray &products = {})
    {
        QCborMap values = map({{u"sales_invoice"_s, invoice}, {u"resolution"_s, resolution}});
        if (!amount.isEmpty())
            values.insert(u"resolution_amount"_s, amount);
        const Reply r = createClaim(values, products);
        if (!r.ok)
            qWarning().noquote() << r.error.message;
        const Reply taken = move(idOf(r), u"take"_s);
        if (!taken.ok)
            qWarning().noquote() << taken.error.message;
        return idOf(r);
    }

    QCborArray due(const QCborMap &p = {})
    {
        const Reply r = m_c->call(u"crm.claimsDue"_s, p);
        if (!r.ok)
            qWarning().noquote() << r.error.message;
        return r.result.toMap().value(u"rows"_s).toArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        m_c = m_server.connect();
        QVERIFY(m_c);
        const SalesFixture f = salesFixture(*m_c);
        QVERIFY(f.organization);
        m_org = f.organization;
        m_warehouse = f.warehouse;
        m_drill = f.drill;
        m_fitting = f.fitting;
        m_partner = f.partner;
        m_counterparty = f.counterparty;
        m_other = createCatalog(*m_c, u"partners"_s, map({{u"name"_s, u"Modrý pes"_s}}));
        m_otherParty =
            createCatalog(*m_c, u"counterparties"_s, map({{u"name"_s, u"Modrý pes a.s."_s}, {u"partner"_s, m_other}}));
        QVERIFY(m_other && m_otherParty);

        // Office hours with Monday 7 Dec 2026 a holiday; and a schedule around the clock.
        m_office = catalogWithSections(u"work_schedules"_s, map({{u"name"_s, u"Kancelář"_s}}),
                                       map({{u"hours"_s, hours(1, 5, u"t0800"_s, u"t1600"_s)},
                                            {u"holidays"_s, QCborArray{map({{u"date"_s, u"2026-12-07"_s},
                                                                           {u"description"_s, u"Svátek"_s}})}}}));
        m_always = catalogWithSections(u"work_schedules"_s, map({{u"name"_s, u"Nonstop"_s}}),
                                       map({{u"hours"_s, hours(1, 7, u"t0000"_s, u"t2400"_s)}}));
        m_quality = createCatalog(*m_c, u"claim_types"_s,
                                  map({{u"name"_s, u"Kvalita"_s}, {u"response_hours"_s, u"2"_s},
                                       {u"resolution_hours"_s, u"4"_s}, {u"warn_hours"_s, u"1"_s},
                                       {u"work_schedule"_s, m_office}}));
        // No schedule given: the type takes the database's schedule "default" (Monday to Friday 8 to 16).
        m_standard = createCatalog(*m_c, u"claim_types"_s,
                                   map({{u"name"_s, u"Běžná"_s}, {u"response_hours"_s, u"1"_s},
                                        {u"resolution_hours"_s, u"4"_s}}));
        m_urgent = createCatalog(*m_c, u"claim_types"_s,
                                 map({{u"name"_s, u"Havárie"_s}, {u"response_hours"_s, u"1"_s},
                                      {u"resolution_hours"_s, u"10"_s}, {u"warn_hours"_s, u"8"_s},
                                      {u"work_schedule"_s, m_always}}));
        QVERIFY(m_office && m_always && m_quality && m_standard && m_urgent);

        const QCborMap party = map({{u"organization"_s, m_org}, {u"partner"_s, m_partner},
                                    {u"counterparty"_s, m_counterparty}, {u"date"_s, u"2026-11-20T09:00:00Z"_s}});
        Reply r = createDocument(*m_c, u"sales_invoices"_s, party, {line(m_fitting, u"2"_s, u"500"_s)}, true);
        QVERIFY2(r.ok, qPrintable(r.error.message));
        m_fittingInvoice = idOf(r);
        QCOMPARE(owed(m_fittingInvoice), u"1210.0000"_s);
        QCborMap head = party;
        head.insert(u"warehouse"_s, m_warehouse);
        r = createDocument(*m_c, u"sales_orders"_s, head, {line(m_drill, u"2"_s, u"1500"_s)}, true);
        QVERIFY2(r.ok, qPrintable(r.error.message));
        const qint64 order = idOf(r);
        const auto basedOn = [&](const QString &kind, const QString &from, qint64 id) {
            const Reply p = m_c->call(u"document.basedOn"_s,
                                      params(kind, {{u"from"_s, map({{u"kind"_s, from}, {u"id"_s, id}})}}));
            QCborMap values = p.result.toMap().value(u"values"_s).toMap();
            values.insert(u"date"_s, u"2026-11-21T09:00:00Z"_s);
            return createDocument(*m_c, kind, values,
                                  p.result.toMap().value(u"sections"_s).toMap().value(u"lines"_s).toArray(), true);
        };
        r = basedOn(u"shipments"_s, u"sales_orders"_s, order);
        QVERIFY2(r.ok, qPrintable(r.error.message));
        r = basedOn(u"sales_invoices"_s, u"shipments"_s, idOf(r));
        QVERIFY2(r.ok, qPrintable(r.error.message));
        m_drillInvoice = idOf(r);
        QCOMPARE(owed(m_drillInvoice), u"3630.0000"_s);
    }

    // Friday 15:00 + 4 working hours on 8-16: Monday 11:00; with Monday a holiday, Tuesday 11:00.
    // The response (2 hours) and the warning (1 hour before) count working time the same way.
    void deadlineInWorkingHoursAcrossAWeekendAndAHoliday()
    {
        Reply r = createClaim(map({{u"date"_s, local(2026, 12, 4, 15)}, {u"claim_type"_s, m_standard}}));
        QVERIFY2(r.ok, qPrintable(r.error.message));
        QCOMPARE(r.result.toMap().value(u"deadline"_s).toString(), local(2026, 12, 7, 11));
        QCOMPARE(r.result.toMap().value(u"response_deadline"_s).toString(), local(2026, 12, 4, 16));
        QVERIFY(r.result.toMap().value(u"number"_s).toString().startsWith(u"CL-2026-"_s));
        const qint64 claim = idOf(r);

        r = update(claim, map({{u"claim_type"_s, m_quality}}));
        QVERIFY2(r.ok, qPrintable(r.error.message));
        QCOMPARE(r.result.toMap().value(u"deadline"_s).toString(), local(2026, 12, 8, 11));
        QCOMPARE(r.result.toMap().value(u"response_deadline"_s).toString(), local(2026, 12, 8, 9));
        QCOMPARE(r.result.toMap().value(u"warn_at"_s).toString(), local(2026, 12, 8, 10));
        QCOMPARE(r.result.toMap().value(u"sla_state"_s).toString(), u"on_time"_s); // registered in the future

        // Registered on Saturday evening: the clock starts on Tuesday (Monday is a holiday).
        r = update(claim, map({{u"date"_s, local(2026, 12, 5, 19, 30)}}));
        QVERIFY2(r.ok, qPrintable(r.error.message));
        QCOMPARE(r.result.toMap().value(u"deadline"_s).toString(), local(2026, 12, 8, 12));

        // A client sending a deadline does not move it: the server computes it.
        r = update(claim, map({{u"deadline"_s, local(2027, 1, 1, 8)}}));
        QVERIFY2(r.ok, qPrintable(r.error.message));
        QCOMPARE(read(u"claims"_s, claim).value(u"deadline"_s).toString(), local(2026, 12, 8, 12));

        // A schedule whose hours cannot be used is named on the claim's type.
        const qint64 broken = catalogWithSections(u"work_schedules"_s, map({{u"name"_s, u"Chybný"_s}}),
                                                  map({{u"hours"_s, hours(1, 1, u"t1600"_s, u"t0800"_s)}}));
        const qint64 type = createCatalog(*m_c, u"claim_types"_s,
                                          map({{u"name"_s, u"Chybná"_s}, {u"response_hours"_s, u"1"_s},
                                               {u"resolution_hours"_s, u"1"_s}, {u"work_schedule"_s, broken}}));
        r = createClaim(map({{u"claim_type"_s, type}}));
        QVERIFY(!r.ok);
        QCOMPARE(r.error.field, u"claim_type"_s);
        QVERIFY2(r.error.message.contains(u"Chybný"_s), qPrintable(r.error.message));
    }

    // new -> in progress -> resolved -> reopened -> rejected -> reopened -> resolved -> closed,
    // each move in the history with its user; moves the workflow does not have are refused.
    void transitionsWithHistory()
    {
        Reply r = createClaim(map({{u"claim_type"_s, m_urgent}}));
        QVERIFY2(r.ok, qPrintable(r.error.message));
        const qint64 claim = idOf(r);
        QCOMPARE(r.result.toMap().value(u"status"_s).toString(), u"new"_s);
        QVERIFY(r.result.toMap().value(u"responded_at"_s).isNull());

        r = move(claim, u"close"_s);
        QVERIFY(!r.ok);
        QCOMPARE(r.error.field, u"transition"_s);
        r = move(claim, u"resolve"_s); // no resolution yet
        QVERIFY(!r.ok);
        QCOMPARE(r.error.field, u"resolution"_s);

        QVERIFY(move(claim, u"take"_s).ok);
        QCborMap c = read(u"claims"_s, claim);
        QCOMPARE(c.value(u"status"_s).toString(), u"in_progress"_s);
        QVERIFY(c.value(u"responded_at"_s).isString());
        QVERIFY(c.value(u"resolved_at"_s).isNull());

        QVERIFY(update(claim, map({{u"resolution"_s, u"rejected"_s}})).ok);
        r = move(claim, u"resolve"_s);
        QVERIFY(!r.ok);
        QCOMPARE(r.error.field, u"resolution"_s);
        QVERIFY(update(claim, map({{u"resolution"_s, u"replacement"_s}})).ok);
        r = move(claim, u"resolve"_s);
        QVERIFY2(r.ok, qPrintable(r.error.message));
        c = read(u"claims"_s, claim);
        QCOMPARE(c.value(u"status"_s).toString(), u"resolved"_s);
        QVERIFY(c.value(u"resolved_at"_s).isString());
        QCOMPARE(c.value(u"sla_state"_s).toString(), u"met"_s);
        QVERIFY(c.value(u"credit_note"_s).isNull()); // a replacement credits nothing

        QVERIFY(move(claim, u"reopen"_s).ok);
        c = read(u"claims"_s, claim);
        QCOMPARE(c.value(u"status"_s).toString(), u"in_progress"_s);
        QVERIFY(c.value(u"resolved_at"_s).isNull());
        QCOMPARE(c.value(u"sla_state"_s).toString(), u"on_time"_s);
        QVERIFY(update(claim, map({{u"resolution"_s, QCborValue(QCborValue::Null)}})).ok);
        QVERIFY(move(claim, u"reject"_s).ok);
        c = read(u"claims"_s, claim);
        QCOMPARE(c.value(u"status"_s).toString(), u"rejected"_s);
        QCOMPARE(c.value(u"resolution"_s).toString(), u"rejected"_s);
        QVERIFY(move(claim, u"reopen"_s).ok);
        QVERIFY(update(claim, map({{u"resolution"_s, u"replacement"_s}})).ok);
        QVERIFY(move(claim, u"resolve"_s).ok);
        QVERIFY(move(claim, u"close"_s).ok);
        QCOMPARE(read(u"claims"_s, claim).value(u"status"_s).toString(), u"closed"_s);

        const QCborMap history = m_c->call(u"document.history"_s, params(u"claims"_s, {{u"id"_s, claim}})).result.toMap();
        QStringList moves;
        for (const QCborValue &row : history.value(u"rows"_s).toArray()) {
            moves.append(row.toMap().value(u"transition"_s).toString() + u':' + row.toMap().value(u"to"_s).toString());
            QCOMPARE(row.toMap().value(u"user"_s).toString(), u"admin"_s);
        }
        QCOMPARE(moves, (QStringList{u"create:new"_s, u"take:in_progress"_s, u"resolve:resolved"_s,
                                     u"reopen:in_progress"_s, u"reject:rejected"_s, u"reopen:in_progress"_s,
                                     u"resolve:resolved"_s, u"close:closed"_s}));
    }

    // A discount of 300 on an invoice of 2 x 500 (VAT 21 %): a price-only credit note of 300
    // without VAT, 363 with it, posted; the invoice's receivable falls from 1,210 to 847.
    void discountResolutionCreatesAndPostsACreditNote()
    {
        const qint64 claim = claimToResolve(m_fittingInvoice, u"discount"_s, u"300"_s);
        const Reply r = move(claim, u"resolve"_s);
        QVERIFY2(r.ok, qPrintable(r.error.message));
        const QCborMap c = read(u"claims"_s, claim);
        QCOMPARE(c.value(u"status"_s).toString(), u"resolved"_s);
        QVERIFY(c.value(u"credit_note"_s).isInteger());
        const QCborMap note = read(u"credit_notes"_s, c.value(u"credit_note"_s).toInteger());
        QCOMPARE(note.value(u"status"_s).toString(), u"posted"_s);
        QCOMPARE(note.value(u"sales_invoice"_s).toInteger(), m_fittingInvoice);
        QCOMPARE(note.value(u"goods_back"_s).toBool(), false);
        QCOMPARE(note.value(u"total_net"_s).toString(), u"300.0000"_s);
        QCOMPARE(note.value(u"total"_s).toString(), u"363.0000"_s);
        QCOMPARE(owed(m_fittingInvoice), u"847.0000"_s);
        QCOMPARE(read(u"sales_invoices"_s, m_fittingInvoice).value(u"open_amount"_s).toString(), u"847.0000"_s);
        // Reopened and resolved again, the claim keeps its one credit note.
        const qint64 notes = creditNoteCount();
        QVERIFY(move(claim, u"reopen"_s).ok);
        QVERIFY(move(claim, u"resolve"_s).ok);
        QCOMPARE(creditNoteCount(), notes);
        QCOMPARE(owed(m_fittingInvoice), u"847.0000"_s);
    }

    // A refund of one of two drills that comes back: a credit note with the goods, into the
    // claim's warehouse, for the amount of the refund.
    void refundOfGoodsTakesThemBack()
    {
        const qint64 claim = claimToResolve(m_drillInvoice, u"refund"_s, u"1500"_s,
                                            {map({{u"product"_s, m_drill}, {u"quantity"_s, u"1"_s}})});
        Reply r = move(claim, u"resolve"_s);
        QVERIFY(!r.ok); // goods come back: where to
        QCOMPARE(r.error.field, u"warehouse"_s);
        QVERIFY(update(claim, map({{u"warehouse"_s, m_warehouse}})).ok);
        r = move(claim, u"resolve"_s);
        QVERIFY2(r.ok, qPrintable(r.error.message));
        const qint64 noteId = read(u"claims"_s, claim).value(u"credit_note"_s).toInteger();
        const QCborMap note = read(u"credit_notes"_s, noteId);
        QCOMPARE(note.value(u"goods_back"_s).toBool(), true);
        QCOMPARE(note.value(u"total"_s).toString(), u"1815.0000"_s);
        QCOMPARE(owed(m_drillInvoice), u"1815.0000"_s);
        const QCborArray stock = m_c->call(u"document.movements"_s, params(u"credit_notes"_s, {{u"id"_s, noteId}}))
                                     .result.toMap()
                                     .value(u"stock"_s)
                                     .toArray();
        QCOMPARE(stock.size(), 1);
        QCOMPARE(stock.at(0).toMap().value(u"quantity"_s).toString(), u"1.000"_s);
    }

    // More than the invoice has left to credit (1,000 - 300 = 700) refuses the whole move,
    // naming resolution_amount: no credit note, the claim stays in progress.
    void aRefundLargerThanWhatIsLeftIsRefusedWhole()
    {
        const qint64 notes = creditNoteCount();
        const qint64 claim = claimToResolve(m_fittingInvoice, u"refund"_s, u"700.01"_s);
        Reply r = move(claim, u"resolve"_s);
        QVERIFY(!r.ok);
        QCOMPARE(r.error.field, u"resolution_amount"_s);
        QVERIFY2(r.error.message.contains(u"700"_s), qPrintable(r.error.message));
        QCborMap c = read(u"claims"_s, claim);
        QCOMPARE(c.value(u"status"_s).toString(), u"in_progress"_s);
        QVERIFY(c.value(u"credit_note"_s).isNull());
        QVERIFY(c.value(u"resolved_at"_s).isNull());
        QCOMPARE(creditNoteCount(), notes);
        QCOMPARE(owed(m_fittingInvoice), u"847.0000"_s);
        const QCborArray history =
            m_c->call(u"document.history"_s, params(u"claims"_s, {{u"id"_s, claim}})).result.toMap().value(u"rows"_s).toArray();
        QCOMPARE(history.last().toMap().value(u"transition"_s).toString(), u"take"_s);

        // More goods back than were invoiced is named on the claim's line.
        const qint64 goods = claimToResolve(m_drillInvoice, u"refund"_s, u"100"_s,
                                            {map({{u"product"_s, m_drill}, {u"quantity"_s, u"2"_s}})});
        QVERIFY(update(goods, map({{u"warehouse"_s, m_warehouse}})).ok);
        r = move(goods, u"resolve"_s);
        QVERIFY(!r.ok);
        QCOMPARE(r.error.field, u"products[1].quantity"_s);
        // A product the invoice does not have.
        QVERIFY(update(goods, map({{u"sales_invoice"_s, m_fittingInvoice}})).ok);
        r = move(goods, u"resolve"_s);
        QVERIFY(!r.ok);
        QCOMPARE(r.error.field, u"products[1].product"_s);
        QCOMPARE(creditNoteCount(), notes);

        // Exactly what is left is credited.
        QVERIFY(update(claim, map({{u"resolution_amount"_s, u"700"_s}})).ok);
        r = move(claim, u"resolve"_s);
        QVERIFY2(r.ok, qPrintable(r.error.message));
        QVERIFY2(owed(m_fittingInvoice) == u"0.0000"_s || owed(m_fittingInvoice) == u"0"_s, qPrintable(owed(m_fittingInvoice)));

        // A refund without an amount or an invoice is refused naming them.
        const qint64 bare = claimToResolve(m_fittingInvoice, u"refund"_s, QString());
        r = move(bare, u"resolve"_s);
        QVERIFY(!r.ok);
        QCOMPARE(r.error.field, u"resolution_amount"_s);
        QVERIFY(update(bare, map({{u"resolution_amount"_s, u"1"_s}, {u"sales_invoice"_s, QCborValue(QCborValue::Null)}})).ok);
        r = move(bare, u"resolve"_s);
        QVERIFY(!r.ok);
        QCOMPARE(r.error.field, u"sales_invoice"_s);
    }

    // Around the clock, 10 hours to resolve, a warning 8 hours before: registered 20 hours
    // ago it is overdue, 3 hours ago due soon, now on time (not listed). Overdue first.
    void claimsDueListsThoseNearOrPastTheirDeadline()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto claimAt = [&](const QDateTime &date) {
            const Reply r = createClaim(map({{u"claim_type"_s, m_urgent}, {u"date"_s, utc(date)}}));
            if (!r.ok)
                qWarning().noquote() << r.error.message;
            return idOf(r);
        };
        const qint64 overdue = claimAt(now.addSecs(-20 * 3600));
        const qint64 soon = claimAt(now.addSecs(-3 * 3600));
        const qint64 later = claimAt(now);
        const qint64 done = claimAt(now.addSecs(-30 * 3600));
        QVERIFY(overdue && soon && later && done);
        QVERIFY(update(done, map({{u"resolution"_s, u"replacement"_s}})).ok);
        QVERIFY(move(done, u"resolve"_s).ok);
        QCOMPARE(read(u"claims"_s, done).value(u"sla_state"_s).toString(), u"missed"_s);
        QCOMPARE(read(u"claims"_s, overdue).value(u"sla_state"_s).toString(), u"overdue"_s);

        const auto ours = [&](const QCborArray &rows) {
            QList<qint64> ids;
            for (const QCborValue &row : rows)
                if (QList<qint64>{overdue, soon, later, done}.contains(row.toMap().value(u"id"_s).toInteger()))
                    ids.append(row.toMap().value(u"id"_s).toInteger());
            return ids;
        };
        QCborArray rows = due();
        QCOMPARE(ours(rows), (QList<qint64>{overdue, soon}));
        for (const QCborValue &row : rows)
            if (row.toMap().value(u"id"_s).toInteger() == overdue) {
                QCOMPARE(row.toMap().value(u"sla_state"_s).toString(), u"overdue"_s);
                QCOMPARE(row.toMap().value(u"overdue"_s).toBool(), true);
                QCOMPARE(row.toMap().value(u"display"_s).toMap().value(u"partner"_s).toString(), u"Žlutý kůň"_s);
            } else if (row.toMap().value(u"id"_s).toInteger() == soon) {
                QCOMPARE(row.toMap().value(u"sla_state"_s).toString(), u"due_soon"_s);
            }
        QCOMPARE(ours(due(map({{u"within_hours"_s, 8}}))), (QList<qint64>{overdue, soon}));
        QCOMPARE(ours(due(map({{u"within_hours"_s, 11}}))), (QList<qint64>{overdue, soon, later}));

        // The scheduler's warnings: each claim once per state.
        const auto warned = [&]() {
            const Reply r = m_c->call(u"crm.takeClaimWarnings"_s, {});
            QList<qint64> ids;
            for (const QCborValue &w : r.result.toMap().value(u"warnings"_s).toArray())
                if (QList<qint64>{overdue, soon, later, done}.contains(w.toMap().value(u"claim"_s).toInteger()))
                    ids.append(w.toMap().value(u"claim"_s).toInteger());
            return ids;
        };
        QCOMPARE(warned(), (QList<qint64>{overdue, soon}));
        QCOMPARE(warned(), QList<qint64>{});

        // Bad parameters are named.
        Reply r = m_c->call(u"crm.claimsDue"_s, map({{u"within_hours"_s, u"5"_s}}));
        QVERIFY(!r.ok);
        QCOMPARE(r.error.field, u"within_hours"_s);
        r = m_c->call(u"crm.claimsDue"_s, map({{u"limit"_s, 0}}));
        QVERIFY(!r.ok);
        QCOMPARE(r.error.field, u"limit"_s);
        r = m_c->call(u"crm.claimsDue"_s, map({{u"responsible"_s, m_partner}})); // a partner's id is no user
        QVERIFY(!r.ok);
        QCOMPARE(r.error.field, u"responsible"_s);
    }

    void badInputIsNamed()
    {
        const auto refused = [&](const QCborMap &values, const QString &field, const QCborArray &products = {}) {
            const Reply r = createClaim(values, products);
            QVERIFY2(!r.ok, qPrintable(field));
            QCOMPARE(r.error.field, field);
        };
        refused(map({{u"subject"_s, u""_s}}), u"subject"_s);
        refused(map({{u"claim_type"_s, QCborValue(QCborValue::Null)}}), u"claim_type"_s);
        refused(map({{u"claim_type"_s, m_partner}}), u"claim_type"_s); // a partner is no claim type
        refused(map({{u"resolution"_s, u"apology"_s}}), u"resolution"_s);
        refused(map({{u"resolution_amount"_s, u"-5"_s}}), u"resolution_amount"_s);
        refused(map({{u"resolution_amount"_s, u"12345678901234567"_s}}), u"resolution_amount"_s);
        refused(map({{u"subject"_s, QString(201, u'x')}}), u"subject"_s);
        refused(map({{u"sales_invoice"_s, m_fittingInvoice}, {u"partner"_s, m_other}}), u"sales_invoice"_s);
        refused(map({}), u"products[1].quantity"_s, {map({{u"product"_s, m_drill}, {u"quantity"_s, u"0"_s}})});
        refused(map({}), u"products[1].product"_s, {map({{u"quantity"_s, u"1"_s}})});
        // The counterparty comes from the invoice when left empty.
        const Reply r = createClaim(map({{u"sales_invoice"_s, m_fittingInvoice}}));
        QVERIFY2(r.ok, qPrintable(r.error.message));
        QCOMPARE(r.result.toMap().value(u"counterparty"_s).toInteger(), m_counterparty);
    }
};

QTEST_GUILESS_MAIN(TestClaims)
#include "tst_claims.moc"
