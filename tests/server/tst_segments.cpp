// Segments through the real server: every rule's membership against an independent
// computation (the catalog's own filters, the sales report, the test's own figures), rules
// combined with AND, membership history when a partner moves out and another moves in, a
// manual segment's members, paging, and bad input named.
#include "catalogclient.h"
#include "serverprocess.h"

#include <QCborArray>
#include <QSet>
#include <QTest>

using erp::client::Reply;
using namespace erp::test;
using namespace Qt::StringLiterals;

namespace {

QCborMap rule(const QString &criterion, std::initializer_list<std::pair<QString, QCborValue>> more = {})
{
    QCborMap r = map(more);
    r.insert(u"criterion"_s, criterion);
    return r;
}

QString utc(const QDateTime &d)
{
    return d.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

class TestSegments : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    std::unique_ptr<erp::client::Connection> m_c;
    qint64 m_org = 0, m_warehouse = 0, m_service = 0, m_novak = 0, m_fair = 0, m_web = 0;
    QList<qint64> m_partners;
    QHash<qint64, qint64> m_party; // partner -> counterparty

    static qint64 idOf(const Reply &r) { return r.result.toMap().value(u"id"_s).toInteger(); }

    qint64 partner(const QString &name, const QString &city, const QString &country, const QString &postal,
                   qint64 manager, qint64 source)
    {
        QCborMap v = map({{u"name"_s, name}, {u"city"_s, city}, {u"country"_s, country}, {u"postal_code"_s, postal}});
        if (manager)
            v.insert(u"manager"_s, manager);
        if (source)
            v.insert(u"source"_s, source);
        const qint64 id = createCatalog(*m_c, u"partners"_s, v);
        m_party.insert(id, createCatalog(*m_c, u"counterparties"_s, map({{u"name"_s, name + u" s.r.o."_s}, {u"partner"_s, id}})));
        m_partners.append(id);
        return id;
    }

    void sell(qint64 partner, const QString &amount, const QDateTime &date, const QString &kind = u"sales_invoices"_s)
    {
        const Reply r = createDocument(*m_c, kind,
                                       map({{u"organization"_s, m_org}, {u"partner"_s, partner},
                                            {u"counterparty"_s, m_party.value(partner)}, {u"date"_s, utc(date)}}),
                                       {map({{u"product"_s, m_service}, {u"quantity"_s, u"1"_s}, {u"price"_s, amount}})},
                                       true);
        QVERIFY2(r.ok, qPrintable(r.error.message));
    }

    qint64 segment(const QString &name, const QCborArray &rules, const QString &kind = u"rules"_s)
    {
        QCborMap p = params(u"segments"_s);
        p.insert(u"values"_s, map({{u"name"_s, name}, {u"segment_kind"_s, kind}}));
        p.insert(u"sections"_s, map({{u"rules"_s, rules}}));
        const Reply r = m_c->call(u"catalog.create"_s, p);
        if (!r.ok)
            qWarning().noquote() << r.error.message << r.error.field;
        return idOf(r);
    }

    Reply rebuild(qint64 segment) { return m_c->call(u"crm.rebuildSegment"_s, map({{u"segment"_s, segment}})); }

    // Every member at a moment, walking the pages.
    QSet<qint64> members(qint64 segment, const QString &at = QString(), int limit = 1000)
    {
        QSet<qint64> out;
        qint64 after = 0;
        for (;;) {
            QCborMap p = map({{u"segment"_s, segment}, {u"after"_s, after}, {u"limit"_s, limit}});
            if (!at.isEmpty())
                p.insert(u"at"_s, at);
            const Reply r = m_c->call(u"crm.segmentMembers"_s, p);
            if (!r.ok) {
                qWarning().noquote() << r.error.message;
                return out;
            }
            for (const QCborValue &row : r.result.toMap().value(u"rows"_s).toArray())
                out.insert(row.toMap().value(u"partner"_s).toInteger());
            if (!r.result.toMap().value(u"more"_s).toBool())
                return out;
            after = r.result.toMap().value(u"next"_s).toInteger();
        }
    }

    QSet<qint64> rebuilt(qint64 segment)
    {
        const Reply r = rebuild(segment);
        if (!r.ok)
            qWarning().noquote() << r.error.message << r.error.field;
        return members(segment);
    }

    // The partners of this test the catalog's own filter finds.
    QSet<qint64> listed(const QString &field, const QString &op, const QCborValue &value)
    {
        QCborMap p = params(u"partners"_s, {{u"limit"_s, 1000}});
        p.insert(u"filters"_s, QCborArray{map({{u"field"_s, field}, {u"op"_s, op}, {u"value"_s, value}})});
        QSet<qint64> out;
        for (const QCborValue &row : m_c->call(u"catalog.list"_s, p).result.toMap().value(u"rows"_s).toArray())
            if (!row.toMap().value(u"is_group"_s).toBool())
                out.insert(row.toMap().value(u"id"_s).toInteger());
        return out;
    }

    // Revenue per partner over a period from the sales report.
    QHash<qint64, double> revenue(const QDateTime &from, const QDateTime &to)
    {
        const Reply r = m_c->call(u"report.salesByPeriod"_s,
                                  map({{u"from"_s, utc(from)}, {u"to"_s, utc(to)}, {u"groupBy"_s, u"partner"_s}}));
        QHash<qint64, double> out;
        for (const QCborValue &row : r.result.toMap().value(u"rows"_s).toArray())
            out.insert(row.toMap().value(u"key"_s).toInteger(), row.toMap().value(u"revenue"_s).toString().toDouble());
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        m_c = m_server.connect();
        QVERIFY(m_c);
        m_org = createCatalog(*m_c, u"organizations"_s, map({{u"name"_s, u"Alfa Obchod"_s}}));
        m_warehouse = createCatalog(*m_c, u"warehouses"_s, map({{u"name"_s, u"Sklad"_s}, {u"organization"_s, m_org}}));
        const qint64 unit = createCatalog(*m_c, u"units"_s, map({{u"code"_s, u"h"_s}, {u"name"_s, u"hodina"_s}}));
        m_service = createCatalog(
            *m_c, u"products"_s, map({{u"name"_s, u"Servis"_s}, {u"unit"_s, unit}, {u"product_type"_s, u"service"_s}}));
        m_novak = createCatalog(*m_c, u"users"_s,
                                map({{u"code"_s, u"novak"_s}, {u"name"_s, u"Jan Novák"_s}, {u"role"_s, u"manager"_s}}));
        m_fair = createCatalog(*m_c, u"information_sources"_s, map({{u"name"_s, u"Veletrh"_s}}));
        m_web = createCatalog(*m_c, u"information_sources"_s, map({{u"name"_s, u"Web"_s}}));
        QVERIFY(m_org && m_service && m_novak && m_fair && m_web);

        const QDateTime now = QDateTime::currentDateTimeUtc();
        const qint64 alfa = partner(u"Alfa"_s, u"Praha"_s, u"CZ"_s, u"110 00"_s, m_novak, m_fair);
        const qint64 beta = partner(u"Beta"_s, u"praha"_s, u"CZ"_s, u"11000"_s, 0, m_web);
        const qint64 gama = partner(u"Gama"_s, u"Brno"_s, u"CZ"_s, u"602 00"_s, m_novak, 0);
        const qint64 delta = partner(u"Delta"_s, u"Bratislava"_s, u"SK"_s, u"811 01"_s, 0, m_fair);
        const qint64 epsilon = partner(u"Epsilon"_s, u"Praha"_s, u"CZ"_s, u"1200"_s, 0, 0);
        partner(u"Zeta"_s, u"Ostrava"_s, u"CZ"_s, u"702 00"_s, 0, 0);
        // Revenue: Alfa 1,500 this year (and 9,000 two years ago), Beta 800 + 400, Gama 2,000
        // less a credit of 1,500, Delta 5,000.
        sell(alfa, u"1500"_s, now.addDays(-10));
        sell(alfa, u"9000"_s, now.addDays(-700));
        sell(beta, u"800"_s, now.addDays(-100));
        sell(beta, u"400"_s, now.addDays(-5));
        sell(gama, u"2000"_s, now.addDays(-20));
        sell(delta, u"5000"_s, now.addDays(-300));
        const Reply inv = m_c->call(u"document.list"_s,
                                    params(u"sales_invoices"_s, {{u"filters"_s, QCborArray{map({{u"field"_s, u"partner"_s},
                                                                                               {u"value"_s, gama}})}}}));
        const qint64 gamaInvoice = inv.result.toMap().value(u"rows"_s).toArray().at(0).toMap().value(u"id"_s).toInteger();
        const Reply credit = createDocument(
            *m_c, u"credit_notes"_s,
            map({{u"organization"_s, m_org}, {u"partner"_s, gama}, {u"counterparty"_s, m_party.value(gama)},
                 {u"sales_invoice"_s, gamaInvoice}, {u"reason"_s, u"Service not delivered"_s},
                 {u"date"_s, utc(now.addDays(-15))}}),
            {map({{u"product"_s, m_service}, {u"quantity"_s, u"1"_s}, {u"price"_s, u"1500"_s}})}, true);
        QVERIFY2(credit.ok, qPrintable(credit.error.message));
        // Orders: Epsilon 3 in the last month, Beta 1, Alfa 2 of which one unposted.
        for (const auto &[p, post, days] : {std::tuple{epsilon, true, 3}, std::tuple{epsilon, true, 10},
                                            std::tuple{epsilon, true, 25}, std::tuple{beta, true, 4},
                                            std::tuple{alfa, true, 2}, std::tuple{alfa, false, 1},
                                            std::tuple{alfa, true, 60}}) {
            const Reply r = createDocument(*m_c, u"sales_orders"_s,
                                           map({{u"organization"_s, m_org}, {u"warehouse"_s, m_warehouse}, {u"partner"_s, p},
                                                {u"counterparty"_s, m_party.value(p)},
                                                {u"date"_s, utc(now.addDays(-days))}}),
                                           {map({{u"product"_s, m_service}, {u"quantity"_s, u"1"_s},
                                                 {u"price"_s, u"10"_s}})},
                                           post);
            QVERIFY2(r.ok, qPrintable(r.error.message));
        }
    }

    void cityCountryAndPostalCodeRules()
    {
        const qint64 prague = segment(u"Praha"_s, {rule(u"city"_s, {{u"value"_s, u"PRAHA"_s}})});
        QCOMPARE(rebuilt(prague), listed(u"city"_s, u"="_s, u"Praha"_s));
        QCOMPARE(rebuilt(prague).size(), 3);
        const qint64 slovakia = segment(u"Slovensko"_s, {rule(u"country"_s, {{u"value"_s, u"sk"_s}})});
        QCOMPARE(rebuilt(slovakia), listed(u"country"_s, u"="_s, u"SK"_s));
        // "110" matches "110 00" and "11000", not "1200".
        const qint64 p110 = segment(u"PSČ 110"_s, {rule(u"postal_code_prefix"_s, {{u"value"_s, u"1 10"_s}})});
        QSet<qint64> expected;
        for (const qint64 id : std::as_const(m_partners)) {
            const QString code = m_c->call(u"catalog.read"_s, params(u"partners"_s, {{u"id"_s, id}}))
                                     .result.toMap()
                                     .value(u"postal_code"_s)
                                     .toString()
                                     .remove(u' ');
            if (code.startsWith(u"110"_s))
                expected.insert(id);
        }
        QCOMPARE(expected.size(), 2);
        QCOMPARE(rebuilt(p110), expected);
    }

    void managerAndSourceRules()
    {
        const qint64 novak = segment(u"Novák"_s, {rule(u"manager"_s, {{u"manager"_s, m_novak}})});
        QCOMPARE(rebuilt(novak), listed(u"manager"_s, u"="_s, m_novak));
        QCOMPARE(members(novak).size(), 2);
        const qint64 fair = segment(u"Z veletrhu"_s, {rule(u"information_source"_s, {{u"information_source"_s, m_fair}})});
        QCOMPARE(rebuilt(fair), listed(u"source"_s, u"="_s, m_fair));
    }

    // Revenue in the last 365 days from the sales register, credit notes netted, against the
    // sales report over the same period; "at most" takes partners without sales too.
    void salesVolumeRule()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QHash<qint64, double> year = revenue(now.addDays(-365), now);
        QCOMPARE(year.value(m_partners.at(0)), 1500.0); // Alfa: the old 9,000 is outside
        QCOMPARE(year.value(m_partners.at(2)), 500.0);  // Gama: 2,000 - 1,500
        QSet<qint64> big, small;
        for (const qint64 id : std::as_const(m_partners)) {
            if (year.value(id) >= 1200.0)
                big.insert(id);
            if (year.value(id) <= 1200.0)
                small.insert(id);
        }
        const qint64 buyers = segment(u"Velcí odběratelé"_s, {rule(u"sales_volume"_s, {{u"amount"_s, u"1200"_s},
                                                                                       {u"period_days"_s, 365}})});
        QCOMPARE(rebuilt(buyers), big); // Alfa, Beta (exactly 1,200), Delta
        QCOMPARE(big.size(), 3);
        const qint64 few = segment(u"Malí"_s, {rule(u"sales_volume"_s, {{u"comparison"_s, u"at_most"_s},
                                                                       {u"amount"_s, u"1200"_s},
                                                                       {u"period_days"_s, 365}})});
        QCOMPARE(rebuilt(few), small); // Beta, Gama, Epsilon and Zeta without sales
        // AND: Prague and big.
        const qint64 both = segment(u"Velcí v Praze"_s,
                                    {rule(u"city"_s, {{u"value"_s, u"Praha"_s}}),
                                     rule(u"sales_volume"_s, {{u"amount"_s, u"1200"_s}, {u"period_days"_s, 365}})});
        QCOMPARE(rebuilt(both), big & listed(u"city"_s, u"="_s, u"Praha"_s));
        QCOMPARE(members(both).size(), 2);
    }

    // Posted orders in the last 30 days: Epsilon 3, Beta 1, Alfa 1 (one unposted, one older).
    void orderCountRule()
    {
        const qint64 frequent = segment(u"Časté objednávky"_s,
                                        {rule(u"order_count"_s, {{u"count"_s, 2}, {u"period_days"_s, 30}})});
        QCOMPARE(rebuilt(frequent), QSet<qint64>{m_partners.at(4)});
        const qint64 one = segment(u"Aspoň jedna"_s, {rule(u"order_count"_s, {{u"count"_s, 1}, {u"period_days"_s, 30}})});
        QCOMPARE(rebuilt(one), (QSet<qint64>{m_partners.at(0), m_partners.at(1), m_partners.at(4)}));
        const qint64 none = segment(u"Žádná"_s, {rule(u"order_count"_s, {{u"comparison"_s, u"at_most"_s}, {u"count"_s, 0},
                                                                         {u"period_days"_s, 30}})});
        QCOMPARE(rebuilt(none), (QSet<qint64>{m_partners.at(2), m_partners.at(3), m_partners.at(5)}));
    }

    // Alfa moves to Brno, Zeta to Prague: the rebuild closes Alfa's stay and opens Zeta's; the
    // members at the first rebuild's moment are still the old ones.
    void membershipHistoryWhenAPartnerLeavesAndJoins()
    {
        const qint64 seg = segment(u"Praha (historie)"_s, {rule(u"city"_s, {{u"value"_s, u"Praha"_s}})});
        Reply r = rebuild(seg);
        QVERIFY2(r.ok, qPrintable(r.error.message));
        QCOMPARE(r.result.toMap().value(u"joined"_s).toInteger(), 3);
        const QString first = r.result.toMap().value(u"at"_s).toString();
        const qint64 alfa = m_partners.at(0), zeta = m_partners.at(5);
        QTest::qWait(20);
        for (const auto &[id, city] : {std::pair{alfa, u"Brno"_s}, std::pair{zeta, u"Praha"_s}}) {
            const QCborMap p = m_c->call(u"catalog.read"_s, params(u"partners"_s, {{u"id"_s, id}})).result.toMap();
            QVERIFY(m_c->call(u"catalog.update"_s, params(u"partners"_s, {{u"id"_s, id}, {u"version"_s, p.value(u"version"_s)},
                                                                          {u"values"_s, map({{u"city"_s, city}})}}))
                        .ok);
        }
        r = rebuild(seg);
        QVERIFY2(r.ok, qPrintable(r.error.message));
        QCOMPARE(r.result.toMap().value(u"joined"_s).toInteger(), 1);
        QCOMPARE(r.result.toMap().value(u"left"_s).toInteger(), 1);
        QCOMPARE(r.result.toMap().value(u"members"_s).toInteger(), 3);
        const QString second = r.result.toMap().value(u"at"_s).toString();
        QVERIFY(members(seg, first).contains(alfa));
        QVERIFY(!members(seg, first).contains(zeta));
        QVERIFY(!members(seg).contains(alfa));
        QVERIFY(members(seg).contains(zeta));
        QVERIFY(members(seg, u"2020-01-01T00:00:00Z"_s).isEmpty());
        // Rebuilding again changes nothing.
        r = rebuild(seg);
        QCOMPARE(r.result.toMap().value(u"joined"_s).toInteger(), 0);
        QCOMPARE(r.result.toMap().value(u"left"_s).toInteger(), 0);

        // Alfa's stay, from the first rebuild to the second.
        r = m_c->call(u"crm.partnerSegments"_s, map({{u"partner"_s, alfa}, {u"history"_s, true}}));
        QVERIFY2(r.ok, qPrintable(r.error.message));
        bool found = false;
        for (const QCborValue &row : r.result.toMap().value(u"rows"_s).toArray())
            if (row.toMap().value(u"segment"_s).toInteger() == seg) {
                found = true;
                QCOMPARE(row.toMap().value(u"since"_s).toString(), first);
                QCOMPARE(row.toMap().value(u"until"_s).toString(), second);
            }
        QVERIFY(found);
        const auto segmentsOf = [&](qint64 partner, const QString &at) {
            QCborMap p = map({{u"partner"_s, partner}});
            if (!at.isEmpty())
                p.insert(u"at"_s, at);
            QSet<qint64> out;
            for (const QCborValue &row : m_c->call(u"crm.partnerSegments"_s, p).result.toMap().value(u"rows"_s).toArray())
                out.insert(row.toMap().value(u"segment"_s).toInteger());
            return out;
        };
        QVERIFY(segmentsOf(alfa, first).contains(seg));
        QVERIFY(!segmentsOf(alfa, QString()).contains(seg));
        QVERIFY(segmentsOf(zeta, QString()).contains(seg));

        // Rebuilding every segment by rules answers each of them.
        r = m_c->call(u"crm.rebuildSegments"_s, {});
        QVERIFY2(r.ok, qPrintable(r.error.message));
        QVERIFY(r.result.toMap().value(u"segments"_s).toArray().size() >= 10);
    }

    void manualMembersAndPaging()
    {
        const qint64 vip = segment(u"VIP"_s, {}, u"manual"_s);
        Reply r = m_c->call(u"crm.setSegmentMembers"_s,
                            map({{u"segment"_s, vip}, {u"add"_s, QCborArray{m_partners.at(0), m_partners.at(1), m_partners.at(3)}}}));
        QVERIFY2(r.ok, qPrintable(r.error.message));
        QCOMPARE(r.result.toMap().value(u"members"_s).toInteger(), 3);
        r = m_c->call(u"crm.setSegmentMembers"_s,
                      map({{u"segment"_s, vip}, {u"remove"_s, QCborArray{m_partners.at(1)}}, {u"add"_s, QCborArray{m_partners.at(0)}}}));
        QVERIFY2(r.ok, qPrintable(r.error.message));
        QCOMPARE(r.result.toMap().value(u"joined"_s).toInteger(), 0); // already a member
        QCOMPARE(r.result.toMap().value(u"left"_s).toInteger(), 1);
        QCOMPARE(members(vip), (QSet<qint64>{m_partners.at(0), m_partners.at(3)}));
        // A rebuild keeps a manual segment's members.
        QVERIFY(rebuild(vip).ok);
        QCOMPARE(members(vip), (QSet<qint64>{m_partners.at(0), m_partners.at(3)}));
        // Pages of one: every member once, in partner order.
        QVERIFY(m_c->call(u"crm.setSegmentMembers"_s, map({{u"segment"_s, vip}, {u"add"_s, QCborArray{m_partners.at(5), m_partners.at(2)}}})).ok);
        QCOMPARE(members(vip, QString(), 1), members(vip));
        QCOMPARE(members(vip).size(), 4);

        // Bad input.
        r = m_c->call(u"crm.setSegmentMembers"_s, map({{u"segment"_s, vip}, {u"add"_s, QCborArray{m_partners.at(0), 999999}}}));
        QVERIFY(!r.ok);
        QCOMPARE(r.error.field, u"add[2]"_s);
        r = m_c->call(u"crm.setSegmentMembers"_s, map({{u"segment"_s, vip}, {u"add"_s, QCborArray{u"1"_s}}}));
        QCOMPARE(r.error.field, u"add[1]"_s);
        r = m_c->call(u"crm.setSegmentMembers"_s, map({{u"segment"_s, vip}, {u"add"_s, QCborArray{m_partners.at(2)}},
                                                      {u"remove"_s, QCborArray{m_partners.at(2)}}}));
        QCOMPARE(r.error.field, u"remove[1]"_s);
        QCOMPARE(members(vip).size(), 4); // nothing of the refused calls changed it
        const qint64 rules = segment(u"Pravidla"_s, {rule(u"city"_s, {{u"value"_s, u"Brno"_s}})});
        r = m_c->call(u"crm.setSegmentMembers"_s, map({{u"segment"_s, rules}, {u"add"_s, QCborArray{m_partners.at(0)}}}));
        QVERIFY(!r.ok);
        QCOMPARE(r.error.field, u"segment"_s);
    }

    void badRulesAndParametersAreNamed()
    {
        const auto refused = [&](const QCborArray &rules, const QString &field) {
            const qint64 seg = segment(u"Chybný "_s + field, rules);
            QVERIFY(seg);
            const Reply r = rebuild(seg);
            QVERIFY2(!r.ok, qPrintable(field));
            QCOMPARE(r.error.field, field);
            QVERIFY(members(seg).isEmpty());
        };
        refused({}, u"rules"_s);
        refused({rule(u"city"_s)}, u"rules[1].value"_s);
        refused({rule(u"city"_s, {{u"value"_s, u"Praha"_s}}), rule(u"country"_s, {{u"value"_s, u"CZE"_s}})},
                u"rules[2].value"_s);
        refused({rule(u"manager"_s)}, u"rules[1].manager"_s);
        refused({rule(u"sales_volume"_s, {{u"amount"_s, u"10"_s}})}, u"rules[1].period_days"_s);
        refused({rule(u"sales_volume"_s, {{u"period_days"_s, 30}})}, u"rules[1].amount"_s);
        refused({rule(u"order_count"_s, {{u"period_days"_s, 30}})}, u"rules[1].count"_s);
        // What the metadata refuses when the segment is saved.
        QCborMap p = params(u"segments"_s);
        p.insert(u"values"_s, map({{u"name"_s, u"X"_s}}));
        p.insert(u"sections"_s, map({{u"rules"_s, QCborArray{rule(u"zodiac_sign"_s)}}}));
        Reply r = m_c->call(u"catalog.create"_s, p);
        QCOMPARE(r.error.field, u"rules[1].criterion"_s);
        p.insert(u"sections"_s, map({{u"rules"_s, QCborArray{rule(u"order_count"_s, {{u"period_days"_s, 0}})}}}));
        r = m_c->call(u"catalog.create"_s, p);
        QCOMPARE(r.error.field, u"rules[1].period_days"_s);

        r = rebuild(999999);
        QVERIFY(!r.ok);
        QCOMPARE(r.error.field, u"segment"_s);
        r = m_c->call(u"crm.rebuildSegment"_s, map({{u"segment"_s, u"1"_s}}));
        QCOMPARE(r.error.field, u"segment"_s);
        r = m_c->call(u"crm.segmentMembers"_s, map({{u"segment"_s, 1}, {u"limit"_s, 0}}));
        QCOMPARE(r.error.field, u"limit"_s);
        r = m_c->call(u"crm.segmentMembers"_s, map({{u"segment"_s, 1}, {u"at"_s, u"yesterday"_s}}));
        QCOMPARE(r.error.field, u"at"_s);
        r = m_c->call(u"crm.partnerSegments"_s, map({{u"partner"_s, 999999}}));
        QCOMPARE(r.error.field, u"partner"_s);
    }
    // Additional attributes of partners as rules: equality for text, enumeration and yes/no,
    // at least / at most for numbers and dates; a partner without the value is in no range.
    void attributeRules()
    {
        const auto attribute = [&](const QString &name, const QString &type, const QCborArray &items = {}) {
            QCborMap p = params(u"additional_attributes"_s,
                                {{u"values"_s, map({{u"kind"_s, u"partners"_s}, {u"name"_s, name}, {u"title"_s, name},
                                                    {u"value_type"_s, type}})}});
            if (!items.isEmpty())
                p.insert(u"sections"_s, map({{u"items"_s, items}}));
            const Reply r = m_c->call(u"catalog.create"_s, p);
            QVERIFY2(r.ok, qPrintable(r.error.message));
        };
        attribute(u"seg_level"_s, u"number"_s);
        attribute(u"seg_tier"_s, u"enum"_s, {map({{u"name"_s, u"gold"_s}}), map({{u"name"_s, u"silver"_s}})});
        attribute(u"seg_vip"_s, u"boolean"_s);
        attribute(u"seg_since"_s, u"date"_s);
        const qint64 gold = createCatalog(*m_c, u"partners"_s,
                                          map({{u"name"_s, u"Zlatý klient"_s}, {u"seg_level"_s, u"5"_s}, {u"seg_tier"_s, u"gold"_s},
                                               {u"seg_vip"_s, true}, {u"seg_since"_s, u"2020-01-01"_s}}));
        const qint64 silver = createCatalog(*m_c, u"partners"_s,
                                            map({{u"name"_s, u"Stříbrný klient"_s}, {u"seg_level"_s, u"2.5"_s}, {u"seg_tier"_s, u"silver"_s},
                                                 {u"seg_vip"_s, false}, {u"seg_since"_s, u"2024-06-01"_s}}));
        const qint64 plain = createCatalog(*m_c, u"partners"_s, map({{u"name"_s, u"Klient bez atributů"_s}}));
        QVERIFY(gold && silver && plain);
        const auto bySegment = [&](const QString &name, const QCborArray &rules) { return rebuilt(segment(name, rules)); };
        const auto attr = [](const QString &name, const QString &value, const QString &comparison = u"at_least"_s) {
            return rule(u"attribute"_s, {{u"attribute"_s, name}, {u"value"_s, value}, {u"comparison"_s, comparison}});
        };
        QCOMPARE(bySegment(u"Úroveň ≥ 3"_s, {attr(u"seg_level"_s, u"3"_s)}), QSet<qint64>{gold});
        QCOMPARE(bySegment(u"Úroveň ≤ 3"_s, {attr(u"seg_level"_s, u"3"_s, u"at_most"_s)}), QSet<qint64>{silver});
        QCOMPARE(bySegment(u"Úroveň ≥ 2,5"_s, {attr(u"seg_level"_s, u"2.5"_s)}), (QSet<qint64>{gold, silver}));
        QCOMPARE(bySegment(u"Zlatí"_s, {attr(u"seg_tier"_s, u"gold"_s)}), QSet<qint64>{gold});
        QCOMPARE(bySegment(u"VIP"_s, {attr(u"seg_vip"_s, u"yes"_s)}), QSet<qint64>{gold});
        const QSet<qint64> notVip = bySegment(u"Ne VIP"_s, {attr(u"seg_vip"_s, u"false"_s)});
        QVERIFY(notVip.contains(silver) && notVip.contains(plain) && !notVip.contains(gold));
        QCOMPARE(bySegment(u"Od 2022"_s, {attr(u"seg_since"_s, u"2022-01-01"_s)}), QSet<qint64>{silver});
        QCOMPARE(bySegment(u"Do 2022"_s, {attr(u"seg_since"_s, u"2022-01-01"_s, u"at_most"_s)}), QSet<qint64>{gold});
        QCOMPARE(bySegment(u"Zlatí nad 3"_s, {attr(u"seg_tier"_s, u"gold"_s), attr(u"seg_level"_s, u"6"_s)}), QSet<qint64>{});

        const auto refused = [&](const QCborMap &bad, const QString &field) {
            const qint64 seg = segment(u"Chybný atribut "_s + field, {rule(u"city"_s, {{u"value"_s, u"Praha"_s}}), bad});
            QVERIFY(seg);
            const Reply r = rebuild(seg);
            QVERIFY2(!r.ok, qPrintable(field));
            QCOMPARE(r.error.field, field);
        };
        refused(rule(u"attribute"_s, {{u"value"_s, u"1"_s}}), u"rules[2].attribute"_s);
        refused(attr(u"name"_s, u"Alfa"_s), u"rules[2].attribute"_s); // a declared field is no attribute
        refused(attr(u"seg_nothing"_s, u"1"_s), u"rules[2].attribute"_s);
        refused(attr(u"seg_level"_s, u"three"_s), u"rules[2].value"_s);
        refused(attr(u"seg_tier"_s, u"bronze"_s), u"rules[2].value"_s);
        refused(attr(u"seg_vip"_s, u"maybe"_s), u"rules[2].value"_s);
        refused(attr(u"seg_since"_s, u"yesterday"_s), u"rules[2].value"_s);
        refused(rule(u"attribute"_s, {{u"attribute"_s, u"seg_level"_s}}), u"rules[2].value"_s);
        // What the metadata refuses when the segment is saved: a name too long, a number for a name.
        for (const QCborValue &bad : {QCborValue(QString(30, u'a')), QCborValue(7)}) {
            QCborMap p = params(u"segments"_s);
            p.insert(u"values"_s, map({{u"name"_s, u"Chybný název atributu"_s}}));
            p.insert(u"sections"_s, map({{u"rules"_s, QCborArray{rule(u"attribute"_s, {{u"attribute"_s, bad}, {u"value"_s, u"1"_s}})}}}));
            const Reply r = m_c->call(u"catalog.create"_s, p);
            QCOMPARE(r.error.code, erp::protocol::ErrorCode::Validation);
            QCOMPARE(r.error.field, u"rules[1].attribute"_s);
        }
    }
};

QTEST_GUILESS_MAIN(TestSegments)
#include "tst_segments.moc"
