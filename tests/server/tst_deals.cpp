// Deals with a prescribed sales process, through the real server: a lead from a seminar walks
// the stages of its deal type (a required action not done and a stage that may not be skipped
// are refused, naming them), is won, becomes a sales order that is shipped, invoiced and paid,
// and the invoice's revenue in the sales register traces back to the seminar. A lost deal keeps
// its reason and the stage where it was lost; the pipeline's sums agree with the deal list's.
#include "catalogclient.h"
#include "decimal.h"
#include "serverprocess.h"

#include <QCborArray>
#include <QTest>

using erp::Decimal;
using erp::client::Reply;
using erp::protocol::ErrorCode;
using namespace erp::test;
using namespace Qt::StringLiterals;

namespace {

Decimal dec(const QCborValue &v)
{
    const auto d = Decimal::parse(v.toString());
    return d ? *d : Decimal();
}

QCborMap stage(const QString &name, const QString &probability, bool maySkip, int days)
{
    return map({{u"stage"_s, name}, {u"probability"_s, probability}, {u"may_skip"_s, maySkip}, {u"expected_days"_s, days}});
}

QCborMap action(const QString &stage, const QString &name, const QString &title, bool required = true)
{
    return map({{u"stage"_s, stage}, {u"name"_s, name}, {u"title"_s, title}, {u"required"_s, required}});
}

} // namespace

class TestDeals : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    std::unique_ptr<erp::client::Connection> m_c;
    qint64 m_org = 0, m_warehouse = 0, m_drill = 0, m_source = 0, m_seminar = 0, m_exhibition = 0;
    qint64 m_standard = 0, m_quick = 0, m_wonReason = 0, m_lostReason = 0, m_unmetReason = 0;
    qint64 m_partner = 0, m_counterparty = 0, m_competitor = 0, m_deal = 0, m_order = 0, m_invoice = 0;

    Reply createDeal(const QCborMap &values, const QCborMap &sections = {})
    {
        QCborMap p = params(u"deals"_s, {{u"values"_s, values}});
        if (!sections.isEmpty())
            p.insert(u"sections"_s, sections);
        return m_c->call(u"document.create"_s, p);
    }

    QCborMap deal(qint64 id)
    {
        return m_c->call(u"document.read"_s, params(u"deals"_s, {{u"id"_s, id}})).result.toMap();
    }

    Reply move(qint64 id, const QString &transition)
    {
        return m_c->call(u"document.transition"_s,
                         params(u"deals"_s, {{u"id"_s, id},
                                             {u"version"_s, deal(id).value(u"version"_s)},
                                             {u"transition"_s, transition}}));
    }

    Reply update(qint64 id, const QCborMap &values)
    {
        return m_c->call(u"document.update"_s, params(u"deals"_s, {{u"id"_s, id},
                                                                   {u"version"_s, deal(id).value(u"version"_s)},
                                                                   {u"values"_s, values}}));
    }

    Reply complete(qint64 id, const QString &action)
    {
        return m_c->call(u"document.completeAction"_s, params(u"deals"_s, {{u"id"_s, id}, {u"action"_s, action}}));
    }

    // name -> {allowed, reason}
    QHash<QString, QCborMap> transitions(qint64 id)
    {
        const Reply r = m_c->call(u"document.transitions"_s, params(u"deals"_s, {{u"id"_s, id}}));
        QHash<QString, QCborMap> out;
        for (const QCborValue &t : r.result.toMap().value(u"transitions"_s).toArray())
            out.insert(t.toMap().value(u"name"_s).toString(), t.toMap());
        return out;
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

    Reply createFrom(const QString &kind, QCborMap values, const QCborArray &lines, const QString &date)
    {
        values.insert(u"date"_s, date);
        return createDocument(*m_c, kind, values, lines, true);
    }

    void expectValidation(const char *method, const QCborMap &p, const QString &field)
    {
        const Reply r = m_c->call(QString::fromLatin1(method), p);
        QVERIFY2(!r.ok, method);
        QCOMPARE(r.error.code, ErrorCode::Validation);
        QCOMPARE(r.error.field, field);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        m_c = m_server.connect();
        QVERIFY(m_c);
        m_source = createCatalog(*m_c, u"information_sources"_s, map({{u"name"_s, u"Seminář"_s}}));
        QVERIFY(m_source);
        const SalesFixture f = salesFixture(*m_c, map({{u"source"_s, m_source}}));
        QVERIFY(f.organization);
        m_org = f.organization;
        m_warehouse = f.warehouse;
        m_drill = f.drill;
        m_partner = f.partner;
        m_counterparty = f.counterparty;
        m_competitor = createCatalog(*m_c, u"partners"_s, map({{u"name"_s, u"Konkurent s.r.o."_s},
                                                                {u"is_competitor"_s, true}}));
        QVERIFY(m_competitor);

        m_wonReason = createCatalog(*m_c, u"deal_reasons"_s, map({{u"name"_s, u"Best price"_s}, {u"applies_to"_s, u"won"_s}}));
        m_lostReason = createCatalog(*m_c, u"deal_reasons"_s, map({{u"name"_s, u"Too expensive"_s}, {u"applies_to"_s, u"lost"_s}}));
        m_unmetReason = createCatalog(*m_c, u"deal_reasons"_s,
                                      map({{u"name"_s, u"Not in our range"_s}, {u"applies_to"_s, u"unmet_demand"_s}}));
        QVERIFY(m_wonReason && m_lostReason && m_unmetReason);
    }

    // A new database has one process, so deals can be registered before an administrator
    // prescribes any: the usual stages at the usual probabilities, none skipped, no actions.
    // Starting again does not add a second one.
    void aNewDatabaseHasTheStandardProcess()
    {
        const qint64 type = standardDealType(*m_c);
        QVERIFY(type);
        const QCborMap read = ERP_CALL_OK(*m_c, "catalog.read", params(u"deal_types"_s, {{u"id"_s, type}})).result.toMap();
        QCOMPARE(read.value(u"name"_s).toString(), u"Standardní prodej"_s);
        const QCborArray stages = read.value(u"sections"_s).toMap().value(u"stages"_s).toArray();
        QStringList seen;
        for (const QCborValue &v : stages)
            seen << v.toMap().value(u"stage"_s).toString() + u':' + v.toMap().value(u"probability"_s).toString() + u':'
                        + (v.toMap().value(u"may_skip"_s).toBool() ? u"skip"_s : u"-"_s);
        QCOMPARE(seen, (QStringList{u"lead:10.00:-"_s, u"qualification:25.00:-"_s, u"proposal:50.00:-"_s,
                                    u"negotiation:75.00:-"_s}));
        QVERIFY(read.value(u"sections"_s).toMap().value(u"actions"_s).toArray().isEmpty());

        const qint64 partner = createCatalog(*m_c, u"partners"_s, map({{u"name"_s, u"První klient"_s}}));
        Reply r = createDeal(map({{u"subject"_s, u"První obchod"_s}, {u"partner"_s, partner}, {u"deal_type"_s, type}}));
        QVERIFY2(r.ok, qPrintable(r.error.message));
        const qint64 id = r.result.toMap().value(u"id"_s).toInteger();
        QCOMPARE(r.result.toMap().value(u"probability"_s).toString(), u"10.00"_s);
        r = move(id, u"to_proposal"_s);
        QCOMPARE(r.error.code, ErrorCode::Validation);
        QVERIFY2(r.error.message.contains(u"Qualification"_s), qPrintable(r.error.message));
        r = move(id, u"to_qualification"_s);
        QVERIFY2(r.ok, qPrintable(r.error.message));
        QCOMPARE(r.result.toMap().value(u"probability"_s).toString(), u"25.00"_s);
        QVERIFY(move(id, u"mark"_s).ok); // out of the pipeline counted below

        m_c.reset();
        QVERIFY(m_server.restart());
        m_c = m_server.connect();
        QVERIFY(m_c);
        QCOMPARE(standardDealType(*m_c), type);
    }

    // The actual cost of an event is the sum of its costs, kept on every save; what a client
    // sends for it is ignored.
    void anEventsActualCostIsTheSumOfItsCosts()
    {
        QCborMap p = params(u"marketing_events"_s,
                            {{u"values"_s, map({{u"name"_s, u"Seminář Brno 2026"_s}, {u"event_type"_s, u"seminar"_s},
                                                {u"information_source"_s, m_source}, {u"budget"_s, u"20000"_s},
                                                {u"starts_on"_s, u"2026-11-01"_s}, {u"ends_on"_s, u"2026-11-01"_s}})},
                             {u"sections"_s, map({{u"costs"_s, QCborArray{map({{u"date"_s, u"2026-10-20"_s},
                                                                               {u"description"_s, u"Sál"_s},
                                                                               {u"amount"_s, u"8000"_s}}),
                                                                          map({{u"date"_s, u"2026-11-01"_s},
                                                                               {u"description"_s, u"Občerstvení"_s},
                                                                               {u"amount"_s, u"3500.50"_s}})}}})}});
        Reply r = ERP_CALL_OK(*m_c, "catalog.create", p);
        QVERIFY(r.ok);
        m_seminar = r.result.toMap().value(u"id"_s).toInteger();
        QCOMPARE(r.result.toMap().value(u"actual_cost"_s).toString(), u"11500.5000"_s);
        r = ERP_CALL_OK(*m_c, "catalog.update",
                        params(u"marketing_events"_s,
                               {{u"id"_s, m_seminar}, {u"version"_s, r.result.toMap().value(u"version"_s)},
                                {u"values"_s, map({{u"actual_cost"_s, u"1"_s}})},
                                {u"sections"_s, map({{u"costs"_s, QCborArray{map({{u"date"_s, u"2026-10-20"_s},
                                                                                  {u"amount"_s, u"9000"_s}})}}})}}));
        QVERIFY(r.ok);
        QCOMPARE(r.result.toMap().value(u"actual_cost"_s).toString(), u"9000.0000"_s);
        m_exhibition = createCatalog(*m_c, u"marketing_events"_s,
                                     map({{u"name"_s, u"Amper 2027"_s}, {u"event_type"_s, u"exhibition"_s},
                                          {u"starts_on"_s, u"2027-03-20"_s}, {u"budget"_s, u"50000"_s}}));
        QVERIFY(m_exhibition);
    }

    // A deal type lists its stages from the lead, once each, never won or lost; its actions name
    // its stages; probabilities are percentages.
    void aDealTypeIsAProcessFromTheLead()
    {
        auto typeWith = [&](const QCborArray &stages, const QCborArray &actions = {}) {
            return params(u"deal_types"_s, {{u"values"_s, map({{u"name"_s, u"Bad"_s}})},
                                           {u"sections"_s, map({{u"stages"_s, stages}, {u"actions"_s, actions}})}});
        };
        expectValidation("catalog.create", typeWith({stage(u"qualification"_s, u"20"_s, false, 5)}), u"stages[1].stage"_s);
        expectValidation("catalog.create", typeWith({stage(u"lead"_s, u"10"_s, false, 5), stage(u"won"_s, u"100"_s, false, 1)}),
                         u"stages[2].stage"_s);
        expectValidation("catalog.create", typeWith({stage(u"lead"_s, u"10"_s, false, 5), stage(u"lead"_s, u"10"_s, false, 5)}),
                         u"stages[2].stage"_s);
        expectValidation("catalog.create", typeWith({stage(u"lead"_s, u"10"_s, false, 5), stage(u"proposal"_s, u"150"_s, false, 1)}),
                         u"stages[2].probability"_s);
        expectValidation("catalog.create",
                         typeWith({stage(u"lead"_s, u"10"_s, false, 5)}, {action(u"proposal"_s, u"offer"_s, u"Send the offer"_s)}),
                         u"actions[1].stage"_s);
        expectValidation("catalog.create", typeWith({map({{u"stage"_s, u"lead"_s}, {u"probability"_s, u"10"_s},
                                                          {u"expected_days"_s, -1}})}),
                         u"stages[1].expected_days"_s);

        Reply r = ERP_CALL_OK(
            *m_c, "catalog.create",
            params(u"deal_types"_s,
                   {{u"values"_s, map({{u"name"_s, u"Standard sale"_s}})},
                    {u"sections"_s,
                     map({{u"stages"_s, QCborArray{stage(u"lead"_s, u"10"_s, false, 3), stage(u"qualification"_s, u"25"_s, false, 0),
                                                   stage(u"proposal"_s, u"50"_s, false, 10),
                                                   stage(u"negotiation"_s, u"80"_s, true, 14)}},
                          {u"actions"_s, QCborArray{action(u"qualification"_s, u"call"_s, u"Call the client"_s),
                                                    action(u"qualification"_s, u"budget"_s, u"Ask for the budget"_s, false),
                                                    action(u"proposal"_s, u"offer"_s, u"Send the offer"_s)}}})}}));
        QVERIFY(r.ok);
        m_standard = r.result.toMap().value(u"id"_s).toInteger();
        r = ERP_CALL_OK(*m_c, "catalog.create",
                        params(u"deal_types"_s,
                               {{u"values"_s, map({{u"name"_s, u"Quick sale"_s}})},
                                {u"sections"_s, map({{u"stages"_s, QCborArray{stage(u"lead"_s, u"20"_s, false, 2),
                                                                              stage(u"qualification"_s, u"40"_s, true, 2),
                                                                              stage(u"proposal"_s, u"60"_s, false, 5)}}})}}));
        QVERIFY(r.ok);
        m_quick = r.result.toMap().value(u"id"_s).toInteger();
    }

    // A visitor of the seminar becomes a partner who heard of us there; a deal is registered
    // with only a subject, the partner and the type, at the lead's probability.
    void aLeadFromTheSeminarIsRegisteredEarly()
    {
        expectValidation("document.create", params(u"deals"_s, {{u"values"_s, map({{u"subject"_s, u"Vrtačky"_s},
                                                                                      {u"partner"_s, m_partner}})}}),
                         u"deal_type"_s);
        Reply r = createDeal(map({{u"subject"_s, u"Vrtačky pro dílnu"_s}, {u"partner"_s, m_partner},
                                  {u"deal_type"_s, m_standard}, {u"marketing_event"_s, m_seminar},
                                  {u"information_source"_s, m_source}}));
        QVERIFY2(r.ok, qPrintable(r.error.message));
        const QCborMap d = r.result.toMap();
        m_deal = d.value(u"id"_s).toInteger();
        QCOMPARE(d.value(u"status"_s).toString(), u"lead"_s);
        QCOMPARE(d.value(u"probability"_s).toString(), u"10.00"_s);
        QVERIFY(d.value(u"weighted_amount"_s).isNull());
        QVERIFY(d.value(u"decided_stage"_s).isNull());
        // Later the amount and the products are known.
        QCborMap p = params(u"deals"_s, {{u"id"_s, m_deal}, {u"version"_s, d.value(u"version"_s)},
                                         {u"values"_s, map({{u"expected_amount"_s, u"60000"_s}})},
                                         {u"sections"_s, map({{u"products"_s, QCborArray{map({{u"product"_s, m_drill},
                                                                                             {u"quantity"_s, u"4"_s},
                                                                                             {u"price"_s, u"1500"_s}})}},
                                                              {u"competitors"_s, QCborArray{map({{u"competitor"_s, m_competitor},
                                                                                                {u"note"_s, u"Cheaper"_s}})}}})}});
        r = ERP_CALL_OK(*m_c, "document.update", p);
        QVERIFY(r.ok);
        QCOMPARE(r.result.toMap().value(u"weighted_amount"_s).toString(), u"6000.0000"_s);
        const QCborArray products = r.result.toMap().value(u"sections"_s).toMap().value(u"products"_s).toArray();
        QCOMPARE(products.size(), 1);
        QCOMPARE(products[0].toMap().value(u"amount"_s).toString(), u"6000.0000"_s);
    }

    // Which transitions the deal may take now, each with the reason when it may not.
    void theDealSaysWhichTransitionsItMayTake()
    {
        const QHash<QString, QCborMap> t = transitions(m_deal);
        QCOMPARE(t.size(), 8);
        QVERIFY(t.value(u"to_qualification"_s).value(u"allowed"_s).toBool());
        QVERIFY(!t.value(u"to_qualification"_s).contains(u"reason"_s));
        QVERIFY(!t.value(u"to_proposal"_s).value(u"allowed"_s).toBool());
        QVERIFY2(t.value(u"to_proposal"_s).value(u"reason"_s).toString().contains(u"Qualification"_s),
                 qPrintable(t.value(u"to_proposal"_s).value(u"reason"_s).toString()));
        QVERIFY(!t.value(u"win"_s).value(u"allowed"_s).toBool());
        QVERIFY(!t.value(u"lose"_s).value(u"allowed"_s).toBool()); // no reason yet
        QVERIFY(t.value(u"lose"_s).value(u"reason"_s).toString().contains(u"outcome_reason"_s));
        QVERIFY(!t.value(u"reopen"_s).value(u"allowed"_s).toBool());
        QVERIFY(t.value(u"mark"_s).value(u"allowed"_s).toBool());
        // Nothing moved.
        QCOMPARE(deal(m_deal).value(u"status"_s).toString(), u"lead"_s);
    }

    // The stages in order: skipping qualification is refused naming it; leaving qualification
    // waits for its required action (named), not for the optional one.
    void theDealWalksItsStages()
    {
        Reply r = move(m_deal, u"to_proposal"_s);
        QVERIFY(!r.ok);
        QCOMPARE(r.error.field, u"transition"_s);
        QVERIFY2(r.error.message.contains(u"Qualification"_s), qPrintable(r.error.message));
        r = move(m_deal, u"to_qualification"_s);
        QVERIFY2(r.ok, qPrintable(r.error.message));
        QCOMPARE(r.result.toMap().value(u"probability"_s).toString(), u"25.00"_s);
        QCOMPARE(r.result.toMap().value(u"weighted_amount"_s).toString(), u"15000.0000"_s);
        QTest::qWait(1100); // qualification is expected to take 0 days: this visit is over time

        const QCborArray actions =
            m_c->call(u"document.history"_s, params(u"deals"_s, {{u"id"_s, m_deal}})).result.toMap().value(u"actions"_s).toArray();
        QCOMPARE(actions.size(), 2);
        QCOMPARE(actions[0].toMap().value(u"name"_s).toString(), u"call"_s);
        QVERIFY(actions[0].toMap().value(u"required"_s).toBool());
        QVERIFY(!actions[1].toMap().value(u"required"_s).toBool());
        r = move(m_deal, u"to_proposal"_s);
        QVERIFY(!r.ok);
        QCOMPARE(r.error.field, u"actions"_s);
        QVERIFY2(r.error.message.contains(u"Call the client"_s), qPrintable(r.error.message));
        QVERIFY(!transitions(m_deal).value(u"to_proposal"_s).value(u"allowed"_s).toBool());
        expectValidation("document.completeAction", params(u"deals"_s, {{u"id"_s, m_deal}, {u"action"_s, u"offer"_s}}),
                         u"action"_s);
        r = complete(m_deal, u"call"_s);
        QVERIFY2(r.ok, qPrintable(r.error.message));
        QVERIFY(transitions(m_deal).value(u"to_proposal"_s).value(u"allowed"_s).toBool());
        r = move(m_deal, u"to_proposal"_s);
        QVERIFY2(r.ok, qPrintable(r.error.message));
        QCOMPARE(r.result.toMap().value(u"probability"_s).toString(), u"50.00"_s);
        // Won straight from the proposal: negotiation may be skipped, the offer may not be left out.
        QVERIFY(update(m_deal, map({{u"outcome_reason"_s, m_wonReason}})).ok);
        r = move(m_deal, u"win"_s);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.message.contains(u"Send the offer"_s), qPrintable(r.error.message));
        QVERIFY(complete(m_deal, u"offer"_s).ok);
        r = move(m_deal, u"to_negotiation"_s);
        QVERIFY2(r.ok, qPrintable(r.error.message));
        // A reason for lost deals does not explain a win.
        QVERIFY(update(m_deal, map({{u"outcome_reason"_s, m_lostReason}})).ok);
        r = move(m_deal, u"win"_s);
        QVERIFY(!r.ok);
        QCOMPARE(r.error.field, u"outcome_reason"_s);
        QVERIFY(update(m_deal, map({{u"outcome_reason"_s, m_wonReason}})).ok);
        r = move(m_deal, u"win"_s);
        QVERIFY2(r.ok, qPrintable(r.error.message));
        const QCborMap won = r.result.toMap();
        QCOMPARE(won.value(u"status"_s).toString(), u"won"_s);
        QCOMPARE(won.value(u"probability"_s).toString(), u"100.00"_s);
        QCOMPARE(won.value(u"weighted_amount"_s).toString(), u"60000.0000"_s);
        QCOMPARE(won.value(u"decided_stage"_s).toString(), u"negotiation"_s);
        // decided_stage is the server's.
        expectValidation("document.update",
                         params(u"deals"_s, {{u"id"_s, m_deal}, {u"version"_s, won.value(u"version"_s)},
                                             {u"values"_s, map({{u"decided_stage"_s, u"lead"_s}})}}),
                         u"decided_stage"_s);
    }

    // Every visit to a stage: when it began and ended, who moved the deal in, the hours spent
    // against the days the type expects.
    void theStageHistoryShowsEveryVisit()
    {
        const Reply r = ERP_CALL_OK(*m_c, "crm.dealStages", map({{u"deal"_s, m_deal}}));
        QVERIFY(r.ok);
        const QCborArray rows = r.result.toMap().value(u"rows"_s).toArray();
        QStringList stages;
        for (const QCborValue &row : rows)
            stages.append(row.toMap().value(u"stage"_s).toString());
        QCOMPARE(stages, (QStringList{u"lead"_s, u"qualification"_s, u"proposal"_s, u"negotiation"_s, u"won"_s}));
        for (qsizetype i = 0; i + 1 < rows.size(); ++i) {
            QCOMPARE(rows[i].toMap().value(u"left_at"_s), rows[i + 1].toMap().value(u"entered_at"_s));
            QCOMPARE(rows[i].toMap().value(u"user"_s).toString(), u"admin"_s);
        }
        QVERIFY(rows.last().toMap().value(u"left_at"_s).isNull());
        QCOMPARE(rows[0].toMap().value(u"title"_s).toString(), u"Lead"_s);
        QCOMPARE(rows[0].toMap().value(u"expected_days"_s).toInteger(), 3);
        QVERIFY(!rows[0].toMap().value(u"over"_s).toBool());
        const QCborMap qualification = rows[1].toMap();
        QCOMPARE(qualification.value(u"expected_days"_s).toInteger(), 0);
        QVERIFY(qualification.value(u"over"_s).toBool());
        QVERIFY(!dec(qualification.value(u"hours"_s)).isNegative());
        QVERIFY(rows.last().toMap().value(u"expected_days"_s).isNull());
    }

    // Based on the won deal: an order with its client, source, event and products; shipped,
    // invoiced and paid, the chain is shown on the deal, and the revenue in the sales register
    // is the seminar's.
    void theWonDealBecomesAnOrderShippedInvoicedAndPaid()
    {
        QCborMap order = proposal(u"sales_orders"_s, u"deals"_s, m_deal);
        QCborMap values = order.value(u"values"_s).toMap();
        QCOMPARE(values.value(u"deal"_s).toInteger(), m_deal);
        QCOMPARE(values.value(u"partner"_s).toInteger(), m_partner);
        QCOMPARE(values.value(u"marketing_event"_s).toInteger(), m_seminar);
        QCOMPARE(values.value(u"information_source"_s).toInteger(), m_source);
        QCOMPARE(values.value(u"manager"_s), deal(m_deal).value(u"manager"_s)); // the user who registered it
        QCOMPARE(linesOf(order).size(), 1);
        QCOMPARE(linesOf(order)[0].toMap().value(u"product"_s).toInteger(), m_drill);
        QCOMPARE(linesOf(order)[0].toMap().value(u"quantity"_s).toString(), u"4.000"_s);
        values.insert(u"organization"_s, m_org);
        values.insert(u"warehouse"_s, m_warehouse);
        values.insert(u"counterparty"_s, m_counterparty);
        Reply r = createFrom(u"sales_orders"_s, values, linesOf(order), u"2026-11-10T09:00:00Z"_s);
        QVERIFY2(r.ok, qPrintable(r.error.message));
        m_order = r.result.toMap().value(u"id"_s).toInteger();
        const QString orderTotal = r.result.toMap().value(u"total"_s).toString();

        const QCborMap shipment = proposal(u"shipments"_s, u"sales_orders"_s, m_order);
        r = createFrom(u"shipments"_s, shipment.value(u"values"_s).toMap(), linesOf(shipment), u"2026-11-11T09:00:00Z"_s);
        QVERIFY2(r.ok, qPrintable(r.error.message));
        const qint64 shipmentId = r.result.toMap().value(u"id"_s).toInteger();
        QCOMPARE(r.result.toMap().value(u"marketing_event"_s).toInteger(), m_seminar);

        const QCborMap invoice = proposal(u"sales_invoices"_s, u"shipments"_s, shipmentId);
        r = createFrom(u"sales_invoices"_s, invoice.value(u"values"_s).toMap(), linesOf(invoice), u"2026-11-12T09:00:00Z"_s);
        QVERIFY2(r.ok, qPrintable(r.error.message));
        m_invoice = r.result.toMap().value(u"id"_s).toInteger();
        QCOMPARE(r.result.toMap().value(u"marketing_event"_s).toInteger(), m_seminar);
        const QString invoiceTotal = r.result.toMap().value(u"total"_s).toString();
        const QString invoiceNet = r.result.toMap().value(u"total_net"_s).toString();

        const QCborMap payment = proposal(u"incoming_payments"_s, u"sales_invoices"_s, m_invoice);
        r = createFrom(u"incoming_payments"_s, payment.value(u"values"_s).toMap(), linesOf(payment),
                       u"2026-11-20T09:00:00Z"_s);
        QVERIFY2(r.ok, qPrintable(r.error.message));

        // The revenue the invoice wrote is the seminar's.
        const QCborArray sales = m_c->call(u"document.movements"_s, params(u"sales_invoices"_s, {{u"id"_s, m_invoice}}))
                                     .result.toMap()
                                     .value(u"sales"_s)
                                     .toArray();
        QCOMPARE(sales.size(), 1);
        QCOMPARE(sales[0].toMap().value(u"marketing_event"_s).toInteger(), m_seminar);
        QCOMPARE(dec(sales[0].toMap().value(u"revenue"_s)), dec(invoiceNet));

        r = ERP_CALL_OK(*m_c, "crm.dealChain", map({{u"deal"_s, m_deal}}));
        QVERIFY(r.ok);
        const QCborMap chain = r.result.toMap();
        for (const QString &part : {u"orders"_s, u"shipments"_s, u"invoices"_s, u"payments"_s})
            QCOMPARE(chain.value(part).toArray().size(), 1);
        QCOMPARE(chain.value(u"orders"_s).toArray()[0].toMap().value(u"status"_s).toString(), u"posted"_s);
        QVERIFY(!chain.value(u"invoices"_s).toArray()[0].toMap().value(u"number"_s).toString().isEmpty());
        const QCborMap totals = chain.value(u"totals"_s).toMap();
        QCOMPARE(dec(totals.value(u"ordered"_s)), dec(orderTotal));
        QCOMPARE(dec(totals.value(u"invoiced"_s)), dec(invoiceTotal));
        QCOMPARE(dec(totals.value(u"paid"_s)), dec(invoiceTotal));
        // The whole order was shipped and invoiced at its prices: the shipment is worth the invoice.
        QCOMPARE(dec(totals.value(u"shipped"_s)), dec(invoiceTotal));
        QCOMPARE(dec(chain.value(u"shipments"_s).toArray()[0].toMap().value(u"amount"_s)), dec(invoiceTotal));

        // What the seminar brought: one deal, won, and the invoice's revenue.
        r = ERP_CALL_OK(*m_c, "crm.marketingReturn",
                        map({{u"from"_s, u"2026-01-01T00:00:00Z"_s}, {u"to"_s, u"2030-12-31T23:59:59Z"_s}}));
        QVERIFY(r.ok);
        QCborMap seminar;
        for (const QCborValue &row : r.result.toMap().value(u"rows"_s).toArray())
            if (row.toMap().value(u"marketing_event"_s).toInteger() == m_seminar)
                seminar = row.toMap();
        QCOMPARE(seminar.value(u"budget"_s).toString(), u"20000.0000"_s);
        QCOMPARE(seminar.value(u"actual_cost"_s).toString(), u"9000.0000"_s);
        QCOMPARE(seminar.value(u"information_source"_s).toInteger(), m_source);
        QCOMPARE(seminar.value(u"deals"_s).toInteger(), 1);
        QCOMPARE(seminar.value(u"won"_s).toInteger(), 1);
        QCOMPARE(dec(seminar.value(u"revenue"_s)), dec(invoiceNet));
        // Outside the period the invoice is not counted.
        r = ERP_CALL_OK(*m_c, "crm.marketingReturn",
                        map({{u"from"_s, u"2026-11-13T00:00:00Z"_s}, {u"to"_s, u"2026-11-30T23:59:59Z"_s}}));
        for (const QCborValue &row : r.result.toMap().value(u"rows"_s).toArray())
            if (row.toMap().value(u"marketing_event"_s).toInteger() == m_seminar)
                QVERIFY(dec(row.toMap().value(u"revenue"_s)).isZero());
    }

    // Lost at the proposal: the reason must be given and be one for lost deals; the stage is
    // kept and the probability is 0. A lost deal leads to no order.
    void aLostDealKeepsItsStageAndReason()
    {
        Reply r = createDeal(map({{u"subject"_s, u"Brusky"_s}, {u"partner"_s, m_partner}, {u"deal_type"_s, m_quick},
                                  {u"expected_amount"_s, u"10000"_s}}),
                             map({{u"unmet_demand"_s, QCborArray{map({{u"description"_s, u"Svářečka"_s},
                                                                      {u"quantity"_s, u"1"_s},
                                                                      {u"reason"_s, m_unmetReason}})}}}));
        QVERIFY2(r.ok, qPrintable(r.error.message));
        const qint64 id = r.result.toMap().value(u"id"_s).toInteger();
        QCOMPARE(r.result.toMap().value(u"probability"_s).toString(), u"20.00"_s);
        // The quick sale has no negotiation; its qualification may be skipped.
        r = move(id, u"to_negotiation"_s);
        QVERIFY(!r.ok);
        QCOMPARE(r.error.field, u"transition"_s);
        QVERIFY2(r.error.message.contains(u"Negotiation"_s), qPrintable(r.error.message));
        r = move(id, u"to_proposal"_s);
        QVERIFY2(r.ok, qPrintable(r.error.message));
        r = move(id, u"lose"_s);
        QVERIFY(!r.ok);
        QCOMPARE(r.error.field, u"outcome_reason"_s);
        QVERIFY(update(id, map({{u"outcome_reason"_s, m_wonReason}})).ok);
        r = move(id, u"lose"_s);
        QVERIFY(!r.ok);
        QCOMPARE(r.error.field, u"outcome_reason"_s);
        QVERIFY(update(id, map({{u"outcome_reason"_s, m_lostReason}})).ok);
        r = move(id, u"lose"_s);
        QVERIFY2(r.ok, qPrintable(r.error.message));
        const QCborMap lost = r.result.toMap();
        QCOMPARE(lost.value(u"status"_s).toString(), u"lost"_s);
        QCOMPARE(lost.value(u"decided_stage"_s).toString(), u"proposal"_s);
        QCOMPARE(lost.value(u"probability"_s).toString(), u"0.00"_s);
        QCOMPARE(lost.value(u"weighted_amount"_s).toString(), u"0.0000"_s);
        QCOMPARE(lost.value(u"outcome_reason"_s).toInteger(), m_lostReason);
        const Reply basedOn = m_c->call(u"document.basedOn"_s,
                                        params(u"sales_orders"_s, {{u"from"_s, map({{u"kind"_s, u"deals"_s}, {u"id"_s, id}})}}));
        QVERIFY(!basedOn.ok);
        QCOMPARE(basedOn.error.field, u"from"_s);
        // Reopened, it starts again as a lead and forgets where it was decided.
        r = move(id, u"reopen"_s);
        QVERIFY2(r.ok, qPrintable(r.error.message));
        QVERIFY(r.result.toMap().value(u"decided_stage"_s).isNull());
        QCOMPARE(r.result.toMap().value(u"probability"_s).toString(), u"20.00"_s);
    }

    // Open deals per stage: count, amount and weighted amount, equal to the sums the deal list
    // computes over the same deals; won, lost and marked deals are not in the pipeline.
    void thePipelineSumsTheOpenDeals()
    {
        const QList<std::pair<QString, QStringList>> walks{
            {u"11000"_s, {}},
            {u"22000.50"_s, {u"to_qualification"_s}},
            {u"33000"_s, {u"to_qualification"_s}},
            {u"44000"_s, {u"to_proposal"_s}},
            {u"5000"_s, {u"to_proposal"_s}},
        };
        for (const auto &[amount, steps] : walks) {
            Reply r = createDeal(map({{u"subject"_s, u"Pipeline"_s}, {u"partner"_s, m_partner}, {u"deal_type"_s, m_quick},
                                      {u"expected_amount"_s, amount}}));
            QVERIFY2(r.ok, qPrintable(r.error.message));
            for (const QString &step : steps)
                QVERIFY(move(r.result.toMap().value(u"id"_s).toInteger(), step).ok);
        }
        Reply r = createDeal(map({{u"subject"_s, u"Marked"_s}, {u"partner"_s, m_partner}, {u"deal_type"_s, m_quick},
                                  {u"expected_amount"_s, u"99999"_s}}));
        QVERIFY(r.ok);
        QVERIFY(move(r.result.toMap().value(u"id"_s).toInteger(), u"mark"_s).ok);

        r = ERP_CALL_OK(*m_c, "crm.pipeline", QCborMap());
        QVERIFY(r.ok);
        const QCborMap pipeline = r.result.toMap();
        const QCborArray stages = pipeline.value(u"stages"_s).toArray();
        QCOMPARE(stages.size(), 4);
        qint64 count = 0;
        Decimal amount, weighted;
        for (const QCborValue &v : stages) {
            const QCborMap s = v.toMap();
            QCborMap p = params(u"deals"_s, {{u"filters"_s, QCborArray{map({{u"field"_s, u"status"_s},
                                                                            {u"value"_s, s.value(u"stage"_s)}}),
                                                                       map({{u"field"_s, u"deleted"_s}, {u"value"_s, false}})}},
                                             {u"totals"_s, QCborArray{u"expected_amount"_s, u"weighted_amount"_s}},
                                             {u"limit"_s, 1}});
            const QCborMap listed = ERP_CALL_OK(*m_c, "document.list", p).result.toMap();
            QCOMPARE(s.value(u"count"_s).toInteger(), listed.value(u"count"_s).toInteger());
            const QCborMap sums = listed.value(u"totals"_s).toMap();
            QCOMPARE(dec(s.value(u"amount"_s)), dec(sums.value(u"expected_amount"_s)));
            QCOMPARE(dec(s.value(u"weighted"_s)), dec(sums.value(u"weighted_amount"_s)));
            count += s.value(u"count"_s).toInteger();
            amount = *amount.plus(dec(s.value(u"amount"_s)));
            weighted = *weighted.plus(dec(s.value(u"weighted"_s)));
        }
        // By hand: lead 11000 + the reopened 10000 (20 %); qualification 22000.50 + 33000 (40 %);
        // proposal 44000 + 5000 (60 %); negotiation none.
        QCOMPARE(stages[0].toMap().value(u"count"_s).toInteger(), 2);
        QCOMPARE(stages[0].toMap().value(u"amount"_s).toString(), u"21000.0000"_s);
        QCOMPARE(stages[0].toMap().value(u"weighted"_s).toString(), u"4200.0000"_s);
        QCOMPARE(stages[1].toMap().value(u"amount"_s).toString(), u"55000.5000"_s);
        QCOMPARE(stages[1].toMap().value(u"weighted"_s).toString(), u"22000.2000"_s);
        QCOMPARE(stages[2].toMap().value(u"weighted"_s).toString(), u"29400.0000"_s);
        QCOMPARE(stages[3].toMap().value(u"count"_s).toInteger(), 0);
        const QCborMap total = pipeline.value(u"total"_s).toMap();
        QCOMPARE(total.value(u"count"_s).toInteger(), count);
        QCOMPARE(count, 6);
        QCOMPARE(dec(total.value(u"amount"_s)), amount);
        QCOMPARE(dec(total.value(u"weighted"_s)), weighted);
        // Filters: the standard sale's deals are all won; a partner with no deals has none.
        r = ERP_CALL_OK(*m_c, "crm.pipeline", map({{u"deal_type"_s, m_standard}}));
        QCOMPARE(r.result.toMap().value(u"total"_s).toMap().value(u"count"_s).toInteger(), 0);
        r = ERP_CALL_OK(*m_c, "crm.pipeline", map({{u"partner"_s, m_competitor}}));
        QCOMPARE(r.result.toMap().value(u"total"_s).toMap().value(u"count"_s).toInteger(), 0);
        r = ERP_CALL_OK(*m_c, "crm.pipeline", map({{u"deal_type"_s, m_quick}, {u"partner"_s, m_partner},
                                                   {u"manager"_s, deal(m_deal).value(u"manager"_s)}}));
        QCOMPARE(r.result.toMap().value(u"total"_s).toMap().value(u"count"_s).toInteger(), 6);
    }

    void cleanupTestCase()
    {
        m_server.stop();
        if (qEnvironmentVariableIsSet("ERP_TEST_SERVER_LOG"))
            qInfo().noquote() << m_server.log();
    }

    // Every new method names the parameter at fault; nothing is half-saved.
    void badInputIsNamed()
    {
        expectValidation("crm.dealStages", map({{u"deal"_s, 999999999}}), u"deal"_s);
        expectValidation("crm.dealStages", map({{u"deal"_s, u"1"_s}}), u"deal"_s);
        expectValidation("crm.dealStages", QCborMap(), u"deal"_s);
        expectValidation("crm.dealStages", map({{u"deal"_s, m_partner}}), u"deal"_s); // a partner is no deal
        expectValidation("crm.dealChain", map({{u"deal"_s, 999999999}}), u"deal"_s);
        expectValidation("crm.dealChain", map({{u"deal"_s, true}}), u"deal"_s);
        expectValidation("crm.pipeline", map({{u"manager"_s, u"admin"_s}}), u"manager"_s);
        expectValidation("crm.pipeline", map({{u"partner"_s, 999999999}}), u"partner"_s);
        expectValidation("crm.pipeline", map({{u"deal_type"_s, m_partner}}), u"deal_type"_s);
        expectValidation("crm.pipeline", map({{u"deal_type"_s, 0}}), u"deal_type"_s);
        expectValidation("crm.marketingReturn", map({{u"from"_s, u"yesterday"_s}}), u"from"_s);
        expectValidation("crm.marketingReturn", map({{u"from"_s, 5}}), u"from"_s);
        expectValidation("crm.marketingReturn",
                         map({{u"from"_s, u"2026-12-01T00:00:00Z"_s}, {u"to"_s, u"2026-11-01T00:00:00Z"_s}}), u"to"_s);
        expectValidation("document.transitions", params(u"deals"_s, {{u"id"_s, u"x"_s}}), u"id"_s);
        const Reply unknown = m_c->call(u"document.transitions"_s, params(u"deals"_s, {{u"id"_s, 999999999}}));
        QCOMPARE(unknown.error.code, ErrorCode::NotFound);
        QCOMPARE(unknown.error.field, u"id"_s);

        // Deals: a probability over 100, a reason of the wrong kind, a type without the stage.
        expectValidation("document.create",
                         params(u"deals"_s, {{u"values"_s, map({{u"subject"_s, u"X"_s}, {u"partner"_s, m_partner},
                                                                {u"deal_type"_s, m_quick}, {u"probability"_s, u"100.01"_s}})}}),
                         u"probability"_s);
        expectValidation("document.create",
                         params(u"deals"_s, {{u"values"_s, map({{u"subject"_s, u"X"_s}, {u"partner"_s, m_partner},
                                                                {u"deal_type"_s, m_quick}})},
                                             {u"sections"_s, map({{u"unmet_demand"_s, QCborArray{map({{u"description"_s, u"Y"_s},
                                                                                                      {u"reason"_s, m_lostReason}})}}})}}),
                         u"unmet_demand[1].reason"_s);
        expectValidation("document.create",
                         params(u"deals"_s, {{u"values"_s, map({{u"subject"_s, u"X"_s}, {u"partner"_s, m_partner},
                                                                {u"deal_type"_s, m_quick}, {u"expected_amount"_s, u"-1"_s}})}}),
                         u"expected_amount"_s);
        expectValidation("document.create",
                         params(u"deals"_s, {{u"values"_s, map({{u"subject"_s, QString(201, u'x')}, {u"partner"_s, m_partner},
                                                                {u"deal_type"_s, m_quick}})}}),
                         u"subject"_s);
        expectValidation("document.create",
                         params(u"deals"_s, {{u"values"_s, map({{u"subject"_s, u"X"_s}, {u"partner"_s, m_partner},
                                                                {u"deal_type"_s, u"Quick sale"_s}})}}),
                         u"deal_type"_s);
        Reply r = createDeal(map({{u"subject"_s, u"Přechod"_s}, {u"partner"_s, m_partner}, {u"deal_type"_s, m_standard}}));
        QVERIFY(r.ok);
        const qint64 id = r.result.toMap().value(u"id"_s).toInteger();
        QVERIFY(complete(id, u"x"_s).error.field == u"action"_s);
        QVERIFY(move(id, u"to_qualification"_s).ok);
        r = update(id, map({{u"deal_type"_s, m_quick}, {u"subject"_s, u"Changed"_s}})); // quick has qualification
        QVERIFY2(r.ok, qPrintable(r.error.message));
        QVERIFY(move(id, u"to_proposal"_s).ok);
        QVERIFY(update(id, map({{u"deal_type"_s, m_standard}})).ok);
        QVERIFY(move(id, u"to_negotiation"_s).error.message.contains(u"Send the offer"_s));
        QVERIFY(complete(id, u"offer"_s).ok);
        QVERIFY(move(id, u"to_negotiation"_s).ok);
        r = update(id, map({{u"deal_type"_s, m_quick}})); // the quick sale has no negotiation
        QVERIFY(!r.ok);
        QCOMPARE(r.error.field, u"deal_type"_s);
        QCOMPARE(deal(id).value(u"deal_type"_s).toInteger(), m_standard);
        // The lines of the order's products: the deal's products are copied as they are.
        QCOMPARE(deal(id).value(u"subject"_s).toString(), u"Changed"_s);
    }

    // The partner keeps how they came (information source, marketing event of first contact);
    // a deal, an interaction and a sales order registered without their own take the partner's,
    // whoever calls (the server fills them, not the form); a value of the document's own wins.
    void aDocumentTakesTheClientsOriginUnlessItHasItsOwn()
    {
        // An id of another kind (a partner, a deal type) is no marketing event.
        Reply r = m_c->call(u"catalog.create"_s,
                            params(u"partners"_s, {{u"values"_s, map({{u"name"_s, u"Modrý vůz"_s},
                                                                      {u"marketing_event"_s, m_partner}})}}));
        QVERIFY(!r.ok);
        QCOMPARE(r.error.code, ErrorCode::Validation);
        QCOMPARE(r.error.field, u"marketing_event"_s);
        r = m_c->call(u"catalog.create"_s, params(u"partners"_s, {{u"values"_s, map({{u"name"_s, u"Modrý vůz"_s},
                                                                                    {u"marketing_event"_s, u"Amper"_s}})}}));
        QCOMPARE(r.error.field, u"marketing_event"_s);
        const qint64 other = createCatalog(*m_c, u"information_sources"_s, map({{u"name"_s, u"Doporučení"_s}}));
        const qint64 partner = createCatalog(*m_c, u"partners"_s, map({{u"name"_s, u"Modrý vůz"_s},
                                                                       {u"source"_s, m_source},
                                                                       {u"marketing_event"_s, m_exhibition}}));
        const qint64 counterparty = createCatalog(*m_c, u"counterparties"_s,
                                                  map({{u"name"_s, u"Modrý vůz a.s."_s}, {u"partner"_s, partner}}));
        QVERIFY(other && partner && counterparty);

        r = createDeal(map({{u"subject"_s, u"Z výstavy"_s}, {u"partner"_s, partner}, {u"deal_type"_s, m_quick}}));
        QVERIFY2(r.ok, qPrintable(r.error.message));
        QCOMPARE(r.result.toMap().value(u"information_source"_s).toInteger(), m_source);
        QCOMPARE(r.result.toMap().value(u"marketing_event"_s).toInteger(), m_exhibition);
        r = createDeal(map({{u"subject"_s, u"Ze semináře"_s}, {u"partner"_s, partner}, {u"deal_type"_s, m_quick},
                            {u"information_source"_s, other}, {u"marketing_event"_s, m_seminar}}));
        QVERIFY2(r.ok, qPrintable(r.error.message));
        QCOMPARE(r.result.toMap().value(u"information_source"_s).toInteger(), other);
        QCOMPARE(r.result.toMap().value(u"marketing_event"_s).toInteger(), m_seminar);
        // What the clerk sees before saving is what will be saved.
        r = ERP_CALL_OK(*m_c, "document.recalculate",
                        params(u"deals"_s, {{u"values"_s, map({{u"subject"_s, u"Návrh"_s}, {u"partner"_s, partner},
                                                               {u"deal_type"_s, m_quick}})}}));
        QCOMPARE(r.result.toMap().value(u"values"_s).toMap().value(u"marketing_event"_s).toInteger(), m_exhibition);
        // A partner without an event gives none.
        r = createDeal(map({{u"subject"_s, u"Bez akce"_s}, {u"partner"_s, m_partner}, {u"deal_type"_s, m_quick}}));
        QVERIFY(r.ok);
        QVERIFY(r.result.toMap().value(u"marketing_event"_s).isNull());
        QCOMPARE(r.result.toMap().value(u"information_source"_s).toInteger(), m_source);

        r = ERP_CALL_OK(*m_c, "document.create",
                        params(u"interactions"_s, {{u"values"_s, map({{u"subject"_s, u"První hovor"_s},
                                                                      {u"partner"_s, partner},
                                                                      {u"interaction_type"_s, u"call_incoming"_s}})}}));
        QVERIFY(r.ok);
        QCOMPARE(r.result.toMap().value(u"information_source"_s).toInteger(), m_source);
        QCOMPARE(r.result.toMap().value(u"marketing_event"_s).toInteger(), m_exhibition);
        r = ERP_CALL_OK(*m_c, "document.create",
                        params(u"interactions"_s, {{u"values"_s, map({{u"subject"_s, u"Na semináři"_s},
                                                                      {u"partner"_s, partner},
                                                                      {u"marketing_event"_s, m_seminar},
                                                                      {u"interaction_type"_s, u"meeting"_s}})}}));
        QVERIFY(r.ok);
        QCOMPARE(r.result.toMap().value(u"marketing_event"_s).toInteger(), m_seminar);

        const QCborArray lines{map({{u"product"_s, m_drill}, {u"quantity"_s, u"1"_s}, {u"price"_s, u"1500"_s}})};
        QCborMap order = map({{u"organization"_s, m_org}, {u"warehouse"_s, m_warehouse}, {u"partner"_s, partner},
                              {u"counterparty"_s, counterparty}, {u"date"_s, u"2026-11-25T09:00:00Z"_s}});
        r = createDocument(*m_c, u"sales_orders"_s, order, lines, false);
        QVERIFY2(r.ok, qPrintable(r.error.message));
        QCOMPARE(r.result.toMap().value(u"information_source"_s).toInteger(), m_source);
        QCOMPARE(r.result.toMap().value(u"marketing_event"_s).toInteger(), m_exhibition);
        order.insert(u"marketing_event"_s, m_seminar);
        order.insert(u"information_source"_s, other);
        r = createDocument(*m_c, u"sales_orders"_s, order, lines, false);
        QVERIFY2(r.ok, qPrintable(r.error.message));
        QCOMPARE(r.result.toMap().value(u"information_source"_s).toInteger(), other);
        QCOMPARE(r.result.toMap().value(u"marketing_event"_s).toInteger(), m_seminar);
    }
};

QTEST_GUILESS_MAIN(TestDeals)
#include "tst_deals.moc"
