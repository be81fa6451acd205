// The CRM analytics reports through the real server: deals of two managers from two sources
// and an event with a cost walk their stages by the real transitions (one skips a stage, one
// is moved back, one is lost with a reason, one is won); interactions, tasks and invoices are
// added. Each report's figures equal what the test computes from what it created, for the
// administrator and for a clerk whose row rules hide the deals of one client.
#include "catalogclient.h"
#include "db/dbconfig.h"
#include "db/firebird.h"
#include "decimal.h"
#include "serverprocess.h"

#include <QCborArray>
#include <QDate>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using erp::Decimal;
using erp::client::Reply;
using erp::protocol::ErrorCode;
using namespace erp::test;
using namespace Qt::StringLiterals;

namespace {

const QStringList Stages{u"lead"_s, u"qualification"_s, u"proposal"_s, u"negotiation"_s, u"won"_s};
const QHash<QString, QString> Probability{{u"lead"_s, u"10"_s}, {u"qualification"_s, u"25"_s},
                                          {u"proposal"_s, u"50"_s}, {u"negotiation"_s, u"75"_s}};

Decimal dec(const QCborValue &v)
{
    const auto d = Decimal::parse(v.toString());
    return d ? *d : Decimal();
}

QString money(const Decimal &d)
{
    return d.rescaled(4)->toString();
}

// What the test knows of a deal it created: every stage it entered, in order.
struct Deal
{
    qint64 id = 0, manager = 0, source = 0, event = 0, partner = 0;
    Decimal amount;
    QStringList visited{u"lead"_s};
    QString status() const { return visited.last(); }
    int furthest() const
    {
        int f = 0;
        for (const QString &s : visited)
            f = qMax(f, int(Stages.indexOf(s)));
        return f;
    }
};

QString percent(qint64 part, qint64 whole)
{
    return Decimal::fromUnits((part * 20000 + whole) / (2 * whole), 2).toString();
}

} // namespace

class TestCrmAnalytics : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    std::unique_ptr<erp::client::Connection> m_c, m_clerk;
    qint64 m_m1 = 0, m_m2 = 0, m_web = 0, m_fair = 0, m_event = 0, m_channel = 0, m_type = 0, m_reason = 0;
    qint64 m_p1 = 0, m_p2 = 0;
    SalesFixture m_f;
    QList<Deal> m_deals;

    Reply run(erp::client::Connection &c, const QString &report, const QCborMap &p = {})
    {
        return c.call(u"report.run"_s, map({{u"report"_s, report}, {u"params"_s, p}}));
    }

    QCborArray rows(erp::client::Connection &c, const QString &report, const QCborMap &p = {})
    {
        const Reply r = run(c, report, p);
        if (!r.ok)
            qWarning().noquote() << report << r.error.message << r.error.field;
        return r.result.toMap().value(u"rows"_s).toArray();
    }

    bool move(Deal &d, const QString &transition, const QString &to, const QCborMap &extra = {})
    {
        const Reply current = m_c->call(u"document.read"_s, params(u"deals"_s, {{u"id"_s, d.id}}));
        QCborMap p = params(u"deals"_s, {{u"id"_s, d.id}, {u"transition"_s, transition},
                                         {u"version"_s, current.result.toMap().value(u"version"_s)}});
        for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
            p.insert(it.key(), it.value());
        const Reply r = m_c->call(u"document.transition"_s, p);
        if (!r.ok)
            qWarning().noquote() << transition << r.error.message << r.error.field;
        if (r.ok)
            d.visited.append(to);
        return r.ok;
    }

    bool deal(qint64 manager, qint64 source, qint64 event, qint64 partner, const QString &amount)
    {
        QCborMap values = map({{u"subject"_s, u"Obchod %1"_s.arg(m_deals.size() + 1)}, {u"partner"_s, partner},
                               {u"deal_type"_s, m_type}, {u"manager"_s, manager}, {u"information_source"_s, source},
                               {u"expected_amount"_s, amount}});
        if (event)
            values.insert(u"marketing_event"_s, event);
        const Reply r = m_c->call(u"document.create"_s, params(u"deals"_s, {{u"values"_s, values}}));
        if (!r.ok)
            qWarning().noquote() << r.error.message << r.error.field;
        m_deals.append({r.result.toMap().value(u"id"_s).toInteger(), manager, source, event, partner, dec(amount)});
        return r.ok;
    }

    QList<Deal> seenBy(bool clerk) const
    {
        QList<Deal> out;
        for (const Deal &d : m_deals)
            if (!clerk || d.partner == m_p1)
                out.append(d);
        return out;
    }

    // The funnel as the test computes it from its own deals.
    QList<QCborMap> expectedFunnel(const QList<Deal> &deals)
    {
        QList<QCborMap> out;
        for (int k = 0; k < Stages.size(); ++k) {
            qint64 reached = 0, next = 0, lost = 0, open = 0;
            Decimal amount, weighted;
            for (const Deal &d : deals) {
                if (d.furthest() >= k) {
                    ++reached;
                    amount = *amount.plus(d.amount);
                }
                if (d.furthest() >= k + 1)
                    ++next;
                if (d.status() == u"lost"_s && d.furthest() == k)
                    ++lost;
                if (d.status() == Stages.at(k) && k + 1 < Stages.size()) {
                    ++open;
                    weighted = *weighted.plus(*d.amount.times(*Decimal::parse(Probability.value(Stages.at(k))), 2)
                                                   ->dividedBy(Decimal::fromUnits(100, 0), 4));
                }
            }
            out.append(map({{u"stage"_s, Stages.at(k)},
                            {u"reached"_s, reached},
                            {u"amount"_s, money(amount)},
                            {u"conversion"_s, k + 1 < Stages.size() && reached ? QCborValue(percent(next, reached))
                                                                               : QCborValue(QCborValue::Null)},
                            {u"lost"_s, lost},
                            {u"open"_s, open},
                            {u"weighted"_s, money(weighted)}}));
        }
        return out;
    }

    void compareFunnel(const QCborArray &got, const QList<QCborMap> &expected)
    {
        QCOMPARE(got.size(), expected.size());
        for (qsizetype i = 0; i < got.size(); ++i)
            for (auto it = expected.at(i).constBegin(); it != expected.at(i).constEnd(); ++it)
                QCOMPARE(got.at(i).toMap().value(it.key()), it.value());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        m_c = m_server.connect();
        QVERIFY(m_c);
        const QString today = QDate::currentDate().toString(Qt::ISODate);
        m_m1 = createCatalog(*m_c, u"users"_s, map({{u"code"_s, u"jnovak"_s}, {u"name"_s, u"Jan Novák"_s}, {u"role"_s, u"manager"_s}}));
        m_m2 = createCatalog(*m_c, u"users"_s, map({{u"code"_s, u"psvoboda"_s}, {u"name"_s, u"Petra Svobodová"_s}, {u"role"_s, u"manager"_s}}));
        QVERIFY(createCatalog(*m_c, u"users"_s, map({{u"code"_s, u"kclerk"_s}, {u"name"_s, u"Karel Prodavač"_s}, {u"role"_s, u"clerk"_s}})));
        QVERIFY(ERP_CALL_OK(*m_c, "auth.setPassword", map({{u"login"_s, u"kclerk"_s}, {u"password"_s, u"Clerk-Password-1"_s}})).ok);
        m_web = createCatalog(*m_c, u"information_sources"_s, map({{u"name"_s, u"Web"_s}}));
        m_fair = createCatalog(*m_c, u"information_sources"_s, map({{u"name"_s, u"Veletrh"_s}}));
        m_channel = createCatalog(*m_c, u"advertising_channels"_s, map({{u"name"_s, u"Výstavy"_s}}));
        QVERIFY(m_m1 && m_m2 && m_web && m_fair && m_channel);
        Reply r = ERP_CALL_OK(*m_c, "catalog.create",
                              params(u"marketing_events"_s,
                                     {{u"values"_s, map({{u"name"_s, u"For Industry"_s}, {u"event_type"_s, u"exhibition"_s},
                                                         {u"information_source"_s, m_fair}, {u"channel"_s, m_channel},
                                                         {u"budget"_s, u"1500"_s}})},
                                      {u"sections"_s, map({{u"costs"_s, QCborArray{map({{u"date"_s, today},
                                                                                        {u"amount"_s, u"1000"_s}})}}})}}));
        QVERIFY(r.ok);
        m_event = r.result.toMap().value(u"id"_s).toInteger();
        QCborArray stages;
        for (const QString &s : {u"lead"_s, u"qualification"_s, u"proposal"_s, u"negotiation"_s})
            stages.append(map({{u"stage"_s, s}, {u"probability"_s, Probability.value(s)}, {u"may_skip"_s, true},
                               {u"expected_days"_s, s == u"qualification"_s ? 0 : 30}}));
        r = ERP_CALL_OK(*m_c, "catalog.create", params(u"deal_types"_s, {{u"values"_s, map({{u"name"_s, u"Průmysl"_s}})},
                                                                         {u"sections"_s, map({{u"stages"_s, stages}})}}));
        QVERIFY(r.ok);
        m_type = r.result.toMap().value(u"id"_s).toInteger();
        m_reason = createCatalog(*m_c, u"deal_reasons"_s, map({{u"name"_s, u"Too expensive"_s}, {u"applies_to"_s, u"lost"_s}}));
        QVERIFY(m_reason);
        m_f = salesFixture(*m_c, map({{u"source"_s, m_web}, {u"registered_on"_s, today}}));
        QVERIFY(m_f.partner);
        m_p1 = m_f.partner;
        m_p2 = createCatalog(*m_c, u"partners"_s, map({{u"name"_s, u"Skrytý klient"_s}, {u"code"_s, u"HID"_s},
                                                      {u"source"_s, m_fair}, {u"registered_on"_s, today}}));
        QVERIFY(m_p2);

        QVERIFY(deal(m_m1, m_web, 0, m_p1, u"1000"_s));
        QVERIFY(move(m_deals[0], u"to_qualification"_s, u"qualification"_s));
        QVERIFY(move(m_deals[0], u"to_proposal"_s, u"proposal"_s));
        QVERIFY(move(m_deals[0], u"win"_s, u"won"_s));
        QVERIFY(deal(m_m1, m_fair, m_event, m_p1, u"2000"_s));
        QVERIFY(move(m_deals[1], u"to_qualification"_s, u"qualification"_s));
        Reply read = ERP_CALL_OK(*m_c, "document.read", params(u"deals"_s, {{u"id"_s, m_deals[1].id}}));
        QVERIFY(ERP_CALL_OK(*m_c, "document.update",
                            params(u"deals"_s, {{u"id"_s, m_deals[1].id},
                                                {u"version"_s, read.result.toMap().value(u"version"_s)},
                                                {u"values"_s, map({{u"outcome_reason"_s, m_reason}})}}))
                    .ok);
        QVERIFY(move(m_deals[1], u"lose"_s, u"lost"_s));
        QVERIFY(deal(m_m2, m_web, 0, m_p1, u"3000"_s));
        QVERIFY(move(m_deals[2], u"to_proposal"_s, u"proposal"_s)); // qualification skipped
        // A save after the moves changes the figures the summary keeps.
        read = ERP_CALL_OK(*m_c, "document.read", params(u"deals"_s, {{u"id"_s, m_deals[2].id}}));
        QVERIFY(ERP_CALL_OK(*m_c, "document.update",
                            params(u"deals"_s, {{u"id"_s, m_deals[2].id},
                                                {u"version"_s, read.result.toMap().value(u"version"_s)},
                                                {u"values"_s, map({{u"expected_amount"_s, u"3500"_s}})}}))
                    .ok);
        m_deals[2].amount = *Decimal::parse(u"3500");
        QVERIFY(deal(m_m2, m_fair, m_event, m_p2, u"4000"_s));
        QVERIFY(move(m_deals[3], u"to_qualification"_s, u"qualification"_s));
        QVERIFY(move(m_deals[3], u"to_proposal"_s, u"proposal"_s));
        QVERIFY(move(m_deals[3], u"to_qualification"_s, u"qualification"_s)); // moved back
        QVERIFY(deal(m_m1, m_web, 0, m_p2, u"5000"_s));

        // The clerk sees the deals of the first client only.
        QVERIFY(ERP_CALL_OK(*m_c, "access.setRowRules",
                            map({{u"role"_s, u"clerk"_s}, {u"kind"_s, u"deals"_s},
                                 {u"rules"_s, QCborArray{map({{u"field"_s, u"partner"_s}, {u"op"_s, u"="_s}, {u"value"_s, m_p1}})}}}))
                    .ok);
        m_clerk = m_server.connect(u"kclerk"_s, u"Clerk-Password-1"_s);
        QVERIFY(m_clerk);
    }

    // Of the deals that reached a stage, how many reached the next; the open ones weighted by
    // their stage's probability. The summary answers the administrator; the same figures come
    // from the deals themselves for a period of days and for the clerk's row rules.
    void theFunnelCountsWhatEachStageReached()
    {
        const Reply r = run(*m_c, u"sales_funnel"_s);
        QVERIFY2(r.ok, qPrintable(r.error.message));
        QCOMPARE(r.result.toMap().value(u"totals"_s).toMap().value(u"source"_s).toString(), u"summary"_s);
        compareFunnel(r.result.toMap().value(u"rows"_s).toArray(), expectedFunnel(seenBy(false)));
        const QCborMap days = map({{u"from"_s, u"2000-01-02T00:00:00Z"_s}});
        const Reply live = run(*m_c, u"sales_funnel"_s, days);
        QCOMPARE(live.result.toMap().value(u"totals"_s).toMap().value(u"source"_s).toString(), u"deals"_s);
        QCOMPARE(live.result.toMap().value(u"rows"_s), r.result.toMap().value(u"rows"_s));
        compareFunnel(rows(*m_clerk, u"sales_funnel"_s), expectedFunnel(seenBy(true)));
        const QCborMap totals = r.result.toMap().value(u"totals"_s).toMap();
        QCOMPARE(totals.value(u"deals"_s).toInteger(), 5);
        QCOMPARE(totals.value(u"won"_s).toInteger(), 1);
        QCOMPARE(totals.value(u"lost"_s).toInteger(), 1);
        QCOMPARE(totals.value(u"open"_s).toInteger(), 3);
    }

    // Filtered and grouped: one manager's deals; per source, each group its own funnel.
    void theFunnelIsFilteredAndGrouped()
    {
        QList<Deal> first, web;
        for (const Deal &d : m_deals) {
            if (d.manager == m_m1)
                first.append(d);
            if (d.source == m_web)
                web.append(d);
        }
        compareFunnel(rows(*m_c, u"sales_funnel"_s, map({{u"manager"_s, m_m1}})), expectedFunnel(first));
        const QCborArray grouped = rows(*m_c, u"sales_funnel"_s, map({{u"groupBy"_s, u"information_source"_s}}));
        QCOMPARE(grouped.size(), 2 * Stages.size());
        QCborArray webRows;
        for (const QCborValue &v : grouped)
            if (v.toMap().value(u"information_source"_s).toInteger() == m_web) {
                webRows.append(v);
                QCOMPARE(v.toMap().value(u"display"_s).toMap().value(u"information_source"_s).toString(), u"Web"_s);
            }
        compareFunnel(webRows, expectedFunnel(web));
        const QCborArray event = rows(*m_c, u"sales_funnel"_s, map({{u"marketing_event"_s, m_event}}));
        QCOMPARE(event.first().toMap().value(u"reached"_s).toInteger(), 2);
    }

    void theFunnelRefusesBadParameters()
    {
        Reply r = run(*m_c, u"sales_funnel"_s, map({{u"groupBy"_s, u"colour"_s}}));
        QCOMPARE(r.error.code, ErrorCode::Validation);
        QCOMPARE(r.error.field, u"params.groupBy"_s);
        r = run(*m_c, u"sales_funnel"_s, map({{u"manager"_s, u"Jan"_s}}));
        QCOMPARE(r.error.field, u"params.manager"_s);
        r = run(*m_c, u"sales_funnel"_s, map({{u"deal_type"_s, m_m1}}));
        QCOMPARE(r.error.code, ErrorCode::Validation);
        QCOMPARE(r.error.field, u"params.deal_type"_s);
        r = run(*m_c, u"deal_analysis"_s, map({{u"from"_s, u"2026-12-01T00:00:00Z"_s}, {u"to"_s, u"2026-11-01T00:00:00Z"_s}}));
        QCOMPARE(r.error.field, u"params.to"_s);
    }

    // Won and lost by the stage they were decided at and the reason; the visits that ended,
    // per stage; the open deal longer in qualification than its type's 0 days.
    void dealAnalysisShowsOutcomesTimesAndStalls()
    {
        const QCborArray outcomes = rows(*m_c, u"deal_analysis"_s);
        QCOMPARE(outcomes.size(), 2);
        QCOMPARE(outcomes[0].toMap().value(u"outcome"_s).toString(), u"won"_s);
        QCOMPARE(outcomes[0].toMap().value(u"stage"_s).toString(), u"proposal"_s);
        QCOMPARE(outcomes[0].toMap().value(u"amount"_s).toString(), money(m_deals[0].amount));
        QCOMPARE(outcomes[1].toMap().value(u"outcome"_s).toString(), u"lost"_s);
        QCOMPARE(outcomes[1].toMap().value(u"stage"_s).toString(), u"qualification"_s);
        QCOMPARE(outcomes[1].toMap().value(u"outcome_reason"_s).toInteger(), m_reason);
        QCOMPARE(outcomes[1].toMap().value(u"display"_s).toMap().value(u"outcome_reason"_s).toString(), u"Too expensive"_s);

        QHash<QString, qint64> visits;
        for (const Deal &d : m_deals)
            for (qsizetype i = 0; i + 1 < d.visited.size(); ++i)
                ++visits[d.visited.at(i)];
        const QCborArray times = rows(*m_c, u"deal_analysis"_s, map({{u"view"_s, u"stage_times"_s}}));
        QCOMPARE(times.size(), visits.size());
        for (const QCborValue &v : times) {
            QCOMPARE(v.toMap().value(u"visits"_s).toInteger(), visits.value(v.toMap().value(u"stage"_s).toString()));
            QVERIFY(dec(v.toMap().value(u"avg_hours"_s)) >= Decimal());
        }

        const QCborArray stalls = rows(*m_c, u"deal_analysis"_s, map({{u"view"_s, u"stalls"_s}}));
        QCOMPARE(stalls.size(), 1);
        QCOMPARE(stalls[0].toMap().value(u"deal"_s).toInteger(), m_deals[3].id);
        QCOMPARE(stalls[0].toMap().value(u"stage"_s).toString(), u"qualification"_s);
        QCOMPARE(stalls[0].toMap().value(u"expected_days"_s).toInteger(), 0);
        QVERIFY(rows(*m_clerk, u"deal_analysis"_s, map({{u"view"_s, u"stalls"_s}})).isEmpty());
    }

    // Per manager: interactions, deals opened, won, lost, conversion, revenue and margin from
    // their invoices, overdue tasks.
    void managersHaveTheirFigures()
    {
        const QString today = QDate::currentDate().toString(Qt::ISODate);
        for (const auto &[manager, subject] : {std::pair{m_m1, u"Telefonát"_s}, std::pair{m_m1, u"Schůzka"_s},
                                               std::pair{m_m2, u"E-mail"_s}})
            QVERIFY(ERP_CALL_OK(*m_c, "document.create",
                                params(u"interactions"_s, {{u"values"_s, map({{u"subject"_s, subject}, {u"partner"_s, m_p1},
                                                                             {u"manager"_s, manager},
                                                                             {u"interaction_type"_s, u"meeting"_s}})}}))
                        .ok);
        const QDateTime past = QDateTime::currentDateTimeUtc().addDays(-2), future = past.addDays(10);
        for (const auto &[assignee, due] : {std::pair{m_m1, past}, std::pair{m_m2, future}})
            QVERIFY(ERP_CALL_OK(*m_c, "document.create",
                                params(u"tasks"_s, {{u"values"_s, map({{u"subject"_s, u"Zavolat"_s}, {u"assignee"_s, assignee},
                                                                      {u"due_at"_s, due.toString(Qt::ISODate)}})}}))
                        .ok);
        const QList<std::tuple<qint64, qint64, qint64, QString>> invoices{{m_m1, m_fair, m_event, u"5000"_s},
                                                                          {m_m2, m_web, 0, u"700"_s}};
        for (const auto &[manager, source, event, price] : invoices) {
            QCborMap header = map({{u"organization"_s, m_f.organization}, {u"partner"_s, m_f.partner},
                                   {u"counterparty"_s, m_f.counterparty},
                                   {u"date"_s, QDateTime::currentDateTimeUtc().addSecs(-3600).toString(Qt::ISODate)},
                                   {u"manager"_s, manager},
                                   {u"information_source"_s, source}});
            if (event)
                header.insert(u"marketing_event"_s, event);
            const Reply r = createDocument(*m_c, u"sales_invoices"_s, header,
                                           {map({{u"product"_s, m_f.fitting}, {u"quantity"_s, u"1"_s}, {u"price"_s, price}})},
                                           true);
            QVERIFY2(r.ok, qPrintable(r.error.message));
        }
        const QCborArray managers = rows(*m_c, u"managers"_s);
        QHash<qint64, QCborMap> byManager;
        for (const QCborValue &v : managers)
            byManager.insert(v.toMap().value(u"manager"_s).toInteger(), v.toMap());
        auto expect = [&](qint64 manager, qint64 interactions, qint64 overdue, const QString &revenue) {
            qint64 opened = 0, won = 0, lost = 0;
            for (const Deal &d : m_deals)
                if (d.manager == manager) {
                    ++opened;
                    won += d.status() == u"won"_s;
                    lost += d.status() == u"lost"_s;
                }
            const QCborMap row = byManager.value(manager);
            QCOMPARE(row.value(u"interactions"_s).toInteger(), interactions);
            QCOMPARE(row.value(u"opened"_s).toInteger(), opened);
            QCOMPARE(row.value(u"won"_s).toInteger(), won);
            QCOMPARE(row.value(u"lost"_s).toInteger(), lost);
            QCOMPARE(row.value(u"conversion"_s), won + lost ? QCborValue(percent(won, won + lost)) : QCborValue(QCborValue::Null));
            QCOMPARE(row.value(u"revenue"_s).toString(), money(dec(revenue)));
            QCOMPARE(row.value(u"margin"_s).toString(), money(dec(revenue))); // a service has no cost
            QCOMPARE(row.value(u"overdue_tasks"_s).toInteger(), overdue);
            QCOMPARE(row.value(u"avg_cycle_days"_s).isNull(), won == 0);
            if (won)
                QCOMPARE(row.value(u"avg_cycle_days"_s).toString(), u"0.00"_s); // opened and won within seconds
        };
        expect(m_m1, 2, 1, u"5000"_s);
        expect(m_m2, 1, 0, u"700"_s);
        QCOMPARE(byManager.value(m_m1).value(u"display"_s).toMap().value(u"manager"_s).toString(), u"Jan Novák"_s);
        // The clerk counts only the deals of the first client.
        for (const QCborValue &v : rows(*m_clerk, u"managers"_s))
            if (v.toMap().value(u"manager"_s).toInteger() == m_m2)
                QCOMPARE(v.toMap().value(u"opened"_s).toInteger(), 1);
    }

    // Per event (with its channel and cost) and per source: deals, revenue, new clients, ROMI.
    void marketingReturnsAgainstTheCost()
    {
        const QCborArray all = rows(*m_c, u"marketing"_s);
        QCborMap event, web, fair;
        for (const QCborValue &v : all) {
            const QCborMap m = v.toMap();
            if (m.value(u"marketing_event"_s).toInteger() == m_event)
                event = m;
            else if (m.value(u"information_source"_s).toInteger() == m_web)
                web = m;
            else if (m.value(u"information_source"_s).toInteger() == m_fair)
                fair = m;
        }
        QCOMPARE(event.value(u"deals"_s).toInteger(), 2);
        QCOMPARE(event.value(u"revenue"_s).toString(), money(dec(u"5000"_s)));
        QCOMPARE(event.value(u"actual_cost"_s).toString(), money(dec(u"1000"_s)));
        QCOMPARE(event.value(u"romi"_s).toString(), u"400.00"_s); // (5000 - 1000) / 1000
        QCOMPARE(event.value(u"channel"_s).toInteger(), m_channel);
        QCOMPARE(event.value(u"display"_s).toMap().value(u"channel"_s).toString(), u"Výstavy"_s);
        QCOMPARE(event.value(u"new_clients"_s).toInteger(), 2); // both clients have a deal of the event
        QCOMPARE(web.value(u"deals"_s).toInteger(), 3);
        QCOMPARE(web.value(u"won"_s).toInteger(), 1);
        QCOMPARE(web.value(u"revenue"_s).toString(), money(dec(u"700"_s)));
        QCOMPARE(web.value(u"new_clients"_s).toInteger(), 1);
        QVERIFY(web.value(u"romi"_s).isNull()); // no cost
        QCOMPARE(fair.value(u"new_clients"_s).toInteger(), 1);
        QCOMPARE(fair.value(u"deals"_s).toInteger(), 0);
    }

    // Every change of a deal left delta rows in the funnel's summary; a start folds them into
    // one row per group (a stage left, an amount changed cancel to nothing) and the figures stay.
    void theSummaryIsFoldedAndTheFiguresStay()
    {
        const QCborMap byManager = map({{u"groupBy"_s, u"manager"_s}});
        const QCborArray before = rows(*m_c, u"sales_funnel"_s, byManager);
        const QCborArray plain = rows(*m_c, u"sales_funnel"_s);
        m_c.reset();
        m_clerk.reset();
        QVERIFY(m_server.stop());
        const auto summaryRows = [this](qint64 *groups) {
            qint64 n = -1;
            {
                erp::db::DbConfig config;
                config.host = m_server.database().host();
                config.path = m_server.database().path();
                config.password = m_server.database().password();
                QSqlDatabase db;
                QString error;
                if (!erp::db::openConnection(config, u"funnel-summary"_s, &db, &error))
                    qWarning().noquote() << error;
                {
                    QSqlQuery q(db);
                    if (q.exec(u"SELECT COUNT(*) FROM RPT_FUNNEL_M"_s) && q.next())
                        n = q.value(0).toLongLong();
                    if (q.exec(u"SELECT COUNT(*) FROM (SELECT 1 AS ONE FROM RPT_FUNNEL_M GROUP BY CREATED_MONTH, MANAGER, "
                               "DEAL_TYPE, INFORMATION_SOURCE, MARKETING_EVENT, FURTHEST, STATUS HAVING SUM(DEALS) <> 0) g"_s)
                        && q.next())
                        *groups = q.value(0).toLongLong();
                    else
                        qWarning().noquote() << q.lastError().text();
                } // the statement finished: an open one keeps the file open after close()
                db.close();
            }
            QSqlDatabase::removeDatabase(u"funnel-summary"_s);
            return n;
        };
        qint64 groups = 0;
        const qint64 deltas = summaryRows(&groups);
        QCOMPARE(groups, 5); // no two of the five deals share manager, source, event, furthest stage and status
        QVERIFY2(deltas > groups, qPrintable(u"%1 rows for %2 groups"_s.arg(deltas).arg(groups)));
        QVERIFY(m_server.restart());
        m_c = m_server.connect();
        QVERIFY(m_c);
        QCOMPARE(rows(*m_c, u"sales_funnel"_s, byManager), before);
        QCOMPARE(rows(*m_c, u"sales_funnel"_s), plain);
        m_c.reset();
        QVERIFY(m_server.stop());
        const qint64 after = summaryRows(&groups);
        QCOMPARE(after, groups);
    }
};

QTEST_GUILESS_MAIN(TestCrmAnalytics)
#include "tst_crmanalytics.moc"
