// The sales analytics reports (abc_xyz, rfm, sales_dynamics, bcg) through the real server, each
// checked against a computation written here over what sales_by_period reads from the register's
// movements month by month: the reports read the register's aggregates instead, so both the
// aggregates (kept by posting, unposting and credit notes, folded at start) and the reports'
// arithmetic are checked. Edges: a client with one sale, months without sales, equal values at a
// class threshold, a credit note in a later month, an invoice posted and unposted again.
#include "catalogclient.h"
#include "serverprocess.h"

#include <QCborArray>
#include <QImage>
#include <QTest>

#include <cmath>

using erp::client::Reply;
using namespace erp::test;
using namespace Qt::StringLiterals;

namespace {

QString monthStart(int month)
{
    return QDate(2026, month, 1).toString(Qt::ISODate) + u"T00:00:00Z"_s;
}

QString monthEnd(int month)
{
    return QDate(2026, month, 1).addMonths(1).addDays(-1).toString(Qt::ISODate) + u"T23:59:59Z"_s;
}

qint64 cents(const QCborValue &v)
{
    return qRound64(v.toString().toDouble() * 100);
}

QString centsText(qint64 c)
{
    return QString::number(double(c) / 100, 'f', 2);
}

} // namespace

class TestSalesAnalytics : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    std::unique_ptr<erp::client::Connection> m_c;
    SalesFixture m_f;
    qint64 m_fit = 0, m_servis = 0, m_groupOne = 0, m_groupTwo = 0;
    QList<qint64> m_partners, m_counterparties;

    Reply run(const QString &report, const QCborMap &reportParams)
    {
        return m_c->call(u"report.run"_s, map({{u"report"_s, report}, {u"params"_s, reportParams}}));
    }

    Reply invoice(int partner, qint64 product, int month, const QString &price, bool post = true)
    {
        return createDocument(*m_c, u"sales_invoices"_s,
                              map({{u"organization"_s, m_f.organization},
                                   {u"partner"_s, m_partners[partner]},
                                   {u"counterparty"_s, m_counterparties[partner]},
                                   {u"date"_s, QDate(2026, month, 10).toString(Qt::ISODate) + u"T09:00:00Z"_s}}),
                              {map({{u"product"_s, product}, {u"quantity"_s, u"1"_s}, {u"price"_s, price}})}, post);
    }

    // Revenue in cents by id (partner or product) for each month of 2026, from the movements.
    QHash<qint64, QList<qint64>> monthly(const QString &groupBy, int months = 12)
    {
        QHash<qint64, QList<qint64>> out;
        for (int m = 1; m <= months; ++m) {
            const Reply r = m_c->call(u"report.salesByPeriod"_s,
                                      map({{u"from"_s, monthStart(m)}, {u"to"_s, monthEnd(m)}, {u"groupBy"_s, groupBy}}));
            if (!r.ok)
                qFatal("salesByPeriod: %s", qPrintable(r.error.message));
            for (const QCborValue &row : r.result.toMap().value(u"rows"_s).toArray()) {
                QList<qint64> &series = out[row.toMap().value(u"key"_s).toInteger()];
                series.resize(months);
                series[m - 1] += cents(row.toMap().value(u"revenue"_s));
            }
        }
        return out;
    }

    static QHash<qint64, QCborMap> byId(const QCborArray &rows)
    {
        QHash<qint64, QCborMap> out;
        for (const QCborValue &r : rows)
            out.insert(r.toMap().value(u"id"_s).toInteger(), r.toMap());
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        m_c = m_server.connect();
        QVERIFY(m_c);
        m_f = salesFixture(*m_c);
        QVERIFY(m_f.partner);
        m_groupOne = createCatalog(*m_c, u"product_groups"_s, map({{u"name"_s, u"Montáže"_s}}));
        m_groupTwo = createCatalog(*m_c, u"product_groups"_s, map({{u"name"_s, u"Servis"_s}}));
        QVERIFY(m_groupOne && m_groupTwo);
        const qint64 unit = createCatalog(*m_c, u"units"_s, map({{u"code"_s, u"h"_s}, {u"name"_s, u"hodina"_s}}));
        m_fit = createCatalog(*m_c, u"products"_s,
                              map({{u"name"_s, u"Montáž strojů"_s}, {u"unit"_s, unit},
                                   {u"product_type"_s, u"service"_s}, {u"product_group"_s, m_groupOne}}));
        QVERIFY(m_fit);
        m_servis = createCatalog(*m_c, u"products"_s,
                                 map({{u"name"_s, u"Servis strojů"_s}, {u"unit"_s, unit},
                                      {u"product_type"_s, u"service"_s}, {u"product_group"_s, m_groupTwo}}));
        QVERIFY(m_servis);
        for (int i = 1; i <= 5; ++i) {
            const qint64 p = createCatalog(*m_c, u"partners"_s, map({{u"name"_s, u"Klient %1"_s.arg(i)}}));
            const qint64 cp = createCatalog(*m_c, u"counterparties"_s,
                                            map({{u"name"_s, u"Klient %1 s.r.o."_s.arg(i)}, {u"partner"_s, p}}));
            QVERIFY(p && cp);
            m_partners.append(p);
            m_counterparties.append(cp);
        }
        // Client 1 buys every month but June: 60 a month, the fitting until May, then service.
        for (int m = 1; m <= 12; ++m)
            if (m != 6)
                QVERIFY(invoice(0, m <= 5 ? m_fit : m_servis, m, u"60"_s).ok);
        QVERIFY(invoice(1, m_servis, 3, u"100"_s).ok); // one sale
        // Client 3: 400 in May, 300 of it credited in August.
        const Reply big = invoice(2, m_fit, 5, u"400"_s);
        QVERIFY2(big.ok, qPrintable(big.error.message));
        const Reply credit = createDocument(
            *m_c, u"credit_notes"_s,
            map({{u"organization"_s, m_f.organization}, {u"partner"_s, m_partners[2]},
                 {u"counterparty"_s, m_counterparties[2]}, {u"sales_invoice"_s, big.result.toMap().value(u"id"_s)},
                 {u"date"_s, u"2026-08-12T09:00:00Z"_s}, {u"reason"_s, u"Sleva za reklamaci"_s}}),
            {map({{u"product"_s, m_fit}, {u"quantity"_s, u"1"_s}, {u"price"_s, u"300"_s}})}, true);
        QVERIFY2(credit.ok, qPrintable(credit.error.message));
        QVERIFY(invoice(3, m_fit, 1, u"50"_s).ok);
        QVERIFY(invoice(3, m_fit, 12, u"50"_s).ok);
        QVERIFY(invoice(4, m_servis, 11, u"20"_s).ok);
        // Posted and unposted again: its movements leave the aggregates too.
        const Reply undone = invoice(4, m_servis, 11, u"40"_s);
        QVERIFY(undone.ok);
        const Reply unpost = m_c->call(u"document.unpost"_s, map({{u"kind"_s, u"sales_invoices"_s},
                                                                  {u"id"_s, undone.result.toMap().value(u"id"_s)},
                                                                  {u"version"_s, undone.result.toMap().value(u"version"_s)}}));
        QVERIFY2(unpost.ok, qPrintable(unpost.error.message));
    }

    void dynamicsEqualTheMovementsMonthByMonth()
    {
        const QHash<qint64, QList<qint64>> partners = monthly(u"partner"_s);
        QList<qint64> expected(12, 0);
        for (const QList<qint64> &series : partners)
            for (int m = 0; m < 12; ++m)
                expected[m] += series[m];
        QCOMPARE(expected[5], 0);         // June: no sales
        QCOMPARE(expected[7], (60 - 300) * 100); // August: client 1 and the credit note
        QCOMPARE(expected[10], 2000 + 6000); // November: 20 and 60, not the unposted 40
        const Reply r = run(u"sales_dynamics"_s, map({{u"from"_s, monthStart(1)}, {u"to"_s, monthEnd(12)}}));
        QVERIFY2(r.ok, qPrintable(r.error.message));
        const QCborArray rows = r.result.toMap().value(u"rows"_s).toArray();
        QCOMPARE(rows.size(), 12);
        qint64 total = 0;
        for (int m = 0; m < 12; ++m) {
            const QCborMap row = rows.at(m).toMap();
            QCOMPARE(row.value(u"month"_s).toInteger(), 202601 + m);
            QCOMPARE(cents(row.value(u"revenue"_s)), expected[m]);
            QCOMPARE(cents(row.value(u"revenue_prev"_s)), 0);
            QVERIFY(row.value(u"growth"_s).isNull()); // nothing a year before
            total += expected[m];
        }
        QCOMPARE(r.result.toMap().value(u"totals"_s).toMap().value(u"revenue"_s).toString(), centsText(total));
        // Invoices counted, not lines or credit notes: 11 + 1 + 1 + 2 + 1.
        QCOMPARE(r.result.toMap().value(u"totals"_s).toMap().value(u"sales"_s).toInteger(), 16);
        // One client's months.
        const Reply one = run(u"sales_dynamics"_s, map({{u"from"_s, monthStart(1)}, {u"to"_s, monthEnd(12)},
                                                        {u"partner"_s, m_partners[2]}}));
        QVERIFY2(one.ok, qPrintable(one.error.message));
        QCOMPARE(cents(one.result.toMap().value(u"rows"_s).toArray().at(4).toMap().value(u"revenue"_s)), 40000);
        QCOMPARE(cents(one.result.toMap().value(u"rows"_s).toArray().at(7).toMap().value(u"revenue"_s)), -30000);
    }

    void abcXyzOfClientsEqualsALoopOverTheMovements()
    {
        const QHash<qint64, QList<qint64>> partners = monthly(u"partner"_s);
        for (const auto &[a, b] : {std::pair{80, 15}, std::pair{60, 15}}) {
            const Reply r = run(u"abc_xyz"_s, map({{u"from"_s, monthStart(1)}, {u"to"_s, monthEnd(12)},
                                                   {u"a"_s, a}, {u"b"_s, b}}));
            QVERIFY2(r.ok, qPrintable(r.error.message));
            const QHash<qint64, QCborMap> rows = byId(r.result.toMap().value(u"rows"_s).toArray());
            // The computation: values best first, the class the cumulative value before falls
            // short of, equal values the class of the first of them.
            QList<std::pair<qint64, qint64>> ranked; // value, partner
            qint64 total = 0;
            for (auto it = partners.cbegin(); it != partners.cend(); ++it) {
                if (!m_partners.contains(it.key()))
                    continue;
                qint64 v = 0;
                for (qint64 x : it.value())
                    v += x;
                ranked.append({v, it.key()});
                total += v > 0 ? v : 0;
            }
            std::sort(ranked.begin(), ranked.end(), [](auto l, auto rr) { return l.first > rr.first; });
            QCOMPARE(rows.size(), ranked.size());
            qint64 before = 0, lastValue = -1;
            QChar lastClass;
            for (const auto &[value, partner] : ranked) {
                QChar cls = before * 100 < a * total ? u'A' : before * 100 < (a + b) * total ? u'B' : u'C';
                if (value == lastValue)
                    cls = lastClass;
                if (value <= 0)
                    cls = u'C';
                const QCborMap row = rows.value(partner);
                QCOMPARE(cents(row.value(u"value"_s)), value);
                QCOMPARE(row.value(u"abc"_s).toString(), QString(cls));
                // XYZ: the population CV of the twelve months.
                const QList<qint64> series = partners.value(partner);
                double mean = 0, var = 0;
                for (qint64 x : series)
                    mean += double(x) / 12;
                for (qint64 x : series)
                    var += (x - mean) * (x - mean) / 12;
                const double cv = mean > 0 ? 100 * std::sqrt(var) / mean : -1;
                const QString xyz = cv < 0 ? u"Z"_s : cv <= 10 ? u"X"_s : cv <= 25 ? u"Y"_s : u"Z"_s;
                QCOMPARE(row.value(u"xyz"_s).toString(), xyz);
                if (cv >= 0)
                    QCOMPARE(row.value(u"cv"_s).toString(), QString::number(cv, 'f', 2));
                else
                    QVERIFY(row.value(u"cv"_s).isNull());
                QCOMPARE(row.value(u"class"_s).toString(), QString(cls) + xyz);
                before += value;
                lastValue = value;
                lastClass = cls;
            }
            if (a == 60) { // the three clients at 100 share B although the last passes 75 %
                QCOMPARE(rows.value(m_partners[1]).value(u"abc"_s).toString(), u"B"_s);
                QCOMPARE(rows.value(m_partners[2]).value(u"abc"_s).toString(), u"B"_s);
                QCOMPARE(rows.value(m_partners[3]).value(u"abc"_s).toString(), u"B"_s);
                QCOMPARE(rows.value(m_partners[4]).value(u"abc"_s).toString(), u"C"_s);
            }
            // The matrix counts every client once, in its cell.
            int counted = 0;
            for (const QCborValue &cell : r.result.toMap().value(u"extra"_s).toMap().value(u"matrix"_s).toArray()) {
                int inCell = 0;
                for (const QCborMap &row : rows)
                    inCell += row.value(u"class"_s).toString() ==
                              cell.toMap().value(u"abc"_s).toString() + cell.toMap().value(u"xyz"_s).toString();
                QCOMPARE(cell.toMap().value(u"subjects"_s).toInteger(), inCell);
                counted += inCell;
            }
            QCOMPARE(counted, rows.size());
        }
    }

    void abcByNumberOfSalesAndOfProducts()
    {
        Reply r = run(u"abc_xyz"_s, map({{u"from"_s, monthStart(1)}, {u"to"_s, monthEnd(12)}, {u"measure"_s, u"count"_s}}));
        QVERIFY2(r.ok, qPrintable(r.error.message));
        const QHash<qint64, QCborMap> rows = byId(r.result.toMap().value(u"rows"_s).toArray());
        QCOMPARE(rows.value(m_partners[0]).value(u"value"_s).toString(), u"11"_s);
        QCOMPARE(rows.value(m_partners[2]).value(u"value"_s).toString(), u"1"_s); // a credit note is no sale
        r = run(u"abc_xyz"_s, map({{u"from"_s, monthStart(1)}, {u"to"_s, monthEnd(12)}, {u"subject"_s, u"products"_s}}));
        QVERIFY2(r.ok, qPrintable(r.error.message));
        const QHash<qint64, QList<qint64>> products = monthly(u"product"_s);
        const QHash<qint64, QCborMap> byProduct = byId(r.result.toMap().value(u"rows"_s).toArray());
        for (const qint64 product : {m_fit, m_servis}) {
            qint64 v = 0;
            for (qint64 x : products.value(product))
                v += x;
            QCOMPARE(cents(byProduct.value(product).value(u"value"_s)), v);
        }
    }

    void rfmScoresEqualALoop()
    {
        const QHash<qint64, QList<qint64>> partners = monthly(u"partner"_s);
        const Reply r = run(u"rfm"_s, map({{u"from"_s, monthStart(1)}, {u"to"_s, monthEnd(12)}}));
        QVERIFY2(r.ok, qPrintable(r.error.message));
        const QHash<qint64, QCborMap> rows = byId(r.result.toMap().value(u"rows"_s).toArray());
        QCOMPARE(rows.size(), 5);
        // Last month with an invoice and invoices counted, known from the data above.
        const QList<int> last{12, 3, 5, 12, 11};
        const QList<qint64> frequency{11, 1, 1, 2, 1};
        auto score = [](const QList<qint64> &values, qint64 v) {
            qint64 below = 0;
            for (qint64 x : values)
                below += x < v;
            return int(1 + 5 * below / values.size());
        };
        QList<qint64> recencies, frequencies, monetaries;
        for (int i = 0; i < 5; ++i) {
            recencies.append(last[i]);
            frequencies.append(frequency[i]);
            qint64 v = 0;
            for (qint64 x : partners.value(m_partners[i]))
                v += x;
            monetaries.append(v);
        }
        for (int i = 0; i < 5; ++i) {
            const QCborMap row = rows.value(m_partners[i]);
            QCOMPARE(row.value(u"last_month"_s).toInteger(), 202600 + last[i]);
            QCOMPARE(row.value(u"months_since"_s).toInteger(), 12 - last[i]);
            QCOMPARE(row.value(u"frequency"_s).toInteger(), frequency[i]);
            QCOMPARE(cents(row.value(u"monetary"_s)), monetaries[i]);
            QCOMPARE(row.value(u"r"_s).toInteger(), score(recencies, recencies[i]));
            QCOMPARE(row.value(u"f"_s).toInteger(), score(frequencies, frequencies[i]));
            QCOMPARE(row.value(u"m"_s).toInteger(), score(monetaries, monetaries[i]));
        }
    }

    void bcgPlacesProductGroupsInQuadrants()
    {
        // July to December against January to June, from the movements per product.
        QHash<qint64, qint64> now, before;
        const QHash<qint64, QList<qint64>> products = monthly(u"product"_s);
        for (auto it = products.cbegin(); it != products.cend(); ++it)
            for (int m = 0; m < 12; ++m)
                (m < 6 ? before : now)[it.key() == m_fit ? m_groupOne : m_groupTwo] += it.value()[m];
        const Reply r = run(u"bcg"_s, map({{u"from"_s, monthStart(7)}, {u"to"_s, monthEnd(12)}}));
        QVERIFY2(r.ok, qPrintable(r.error.message));
        const QHash<qint64, QCborMap> rows = byId(r.result.toMap().value(u"rows"_s).toArray());
        QCOMPARE(rows.size(), 2);
        for (const qint64 g : {m_groupOne, m_groupTwo}) {
            QCOMPARE(cents(rows.value(g).value(u"revenue"_s)), now.value(g));
            QCOMPARE(cents(rows.value(g).value(u"revenue_prev"_s)), before.value(g));
            QCOMPARE(rows.value(g).value(u"growth"_s).toString(),
                     QString::number(100.0 * (now.value(g) - before.value(g)) / before.value(g), 'f', 2));
        }
        // Service grew and leads: a star; the fitting fell (credited) and trails: a dog.
        QCOMPARE(rows.value(m_groupTwo).value(u"quadrant"_s).toString(), u"Stars"_s);
        QCOMPARE(rows.value(m_groupOne).value(u"quadrant"_s).toString(), u"Dogs"_s);
        QVERIFY(rows.value(m_groupOne).value(u"relative_share"_s).isNull()); // negative revenue has no share
    }

    void foldedAggregatesGiveTheSameFigures()
    {
        const Reply before = run(u"abc_xyz"_s, map({{u"from"_s, monthStart(1)}, {u"to"_s, monthEnd(12)}}));
        QVERIFY(before.ok);
        QVERIFY(m_server.restart()); // folds the delta rows at start
        m_c = m_server.connect();
        QVERIFY(m_c);
        const Reply after = run(u"abc_xyz"_s, map({{u"from"_s, monthStart(1)}, {u"to"_s, monthEnd(12)}}));
        QVERIFY(after.ok);
        QCOMPARE(after.result.toMap().value(u"rows"_s), before.result.toMap().value(u"rows"_s));
    }

    void classesAreStoredPerMonthAndSelectSegments()
    {
        // November: December 2025 to November 2026; December: the whole of 2026.
        for (const QString &month : {u"2026-11-15T00:00:00Z"_s, u"2026-12-15T00:00:00Z"_s, u"2026-12-15T00:00:00Z"_s}) {
            const Reply r = m_c->call(u"reports.classify"_s, map({{u"month"_s, month}}));
            QVERIFY2(r.ok, qPrintable(r.error.message));
            QCOMPARE(r.result.toMap().value(u"rows"_s).toInteger(), 5 + 2); // clients and products
        }
        const Reply report = run(u"abc_xyz"_s, map({{u"from"_s, monthStart(1)}, {u"to"_s, monthEnd(12)}}));
        const Reply rfm = run(u"rfm"_s, map({{u"from"_s, monthStart(1)}, {u"to"_s, monthEnd(12)}}));
        QVERIFY(report.ok && rfm.ok);
        const QHash<qint64, QCborMap> classes = byId(report.result.toMap().value(u"rows"_s).toArray());
        const QHash<qint64, QCborMap> scores = byId(rfm.result.toMap().value(u"rows"_s).toArray());
        for (const qint64 partner : std::as_const(m_partners)) {
            const Reply h = m_c->call(u"reports.partnerClasses"_s, map({{u"partner"_s, partner}}));
            QVERIFY2(h.ok, qPrintable(h.error.message));
            const QCborArray rows = h.result.toMap().value(u"rows"_s).toArray();
            QCOMPARE(rows.size(), 2); // stored twice for December: replaced, not doubled
            QCOMPARE(rows.at(0).toMap().value(u"period_end"_s).toString(), u"2026-12-31"_s);
            QCOMPARE(rows.at(1).toMap().value(u"period_end"_s).toString(), u"2026-11-30"_s);
            QCOMPARE(rows.at(0).toMap().value(u"class"_s).toString(), classes.value(partner).value(u"class"_s).toString());
            QCOMPARE(rows.at(0).toMap().value(u"revenue"_s).toString(), classes.value(partner).value(u"value"_s).toString());
            QCOMPARE(rows.at(0).toMap().value(u"rfm"_s).toString(), scores.value(partner).value(u"rfm"_s).toString());
        }
        QCOMPARE(m_c->call(u"reports.partnerClasses"_s, map({{u"partner"_s, 999999}})).error.code,
                 erp::protocol::ErrorCode::NotFound);

        // A segment of the C clients of the last month stored by today (1 December: November's).
        const Reply nov = m_c->call(u"reports.partnerClasses"_s, map({{u"partner"_s, m_partners[4]}}));
        const QString novemberClass = nov.result.toMap().value(u"rows"_s).toArray().at(1).toMap().value(u"abc"_s).toString();
        QSet<qint64> expected;
        for (const qint64 partner : std::as_const(m_partners)) {
            const Reply h = m_c->call(u"reports.partnerClasses"_s, map({{u"partner"_s, partner}}));
            if (h.result.toMap().value(u"rows"_s).toArray().at(1).toMap().value(u"abc"_s).toString() == novemberClass)
                expected.insert(partner);
        }
        QCborMap p = params(u"segments"_s);
        p.insert(u"values"_s, map({{u"name"_s, u"Třída"_s}, {u"segment_kind"_s, u"rules"_s}}));
        p.insert(u"sections"_s,
                 map({{u"rules"_s, QCborArray{map({{u"criterion"_s, u"abc_class"_s}, {u"value"_s, novemberClass}})}}}));
        const Reply created = m_c->call(u"catalog.create"_s, p);
        QVERIFY2(created.ok, qPrintable(created.error.message));
        const qint64 segment = created.result.toMap().value(u"id"_s).toInteger();
        const Reply rebuilt = m_c->call(u"crm.rebuildSegment"_s, map({{u"segment"_s, segment}}));
        QVERIFY2(rebuilt.ok, qPrintable(rebuilt.error.message));
        const Reply members = m_c->call(u"crm.segmentMembers"_s, map({{u"segment"_s, segment}, {u"limit"_s, 100}}));
        QVERIFY2(members.ok, qPrintable(members.error.message));
        QSet<qint64> found;
        for (const QCborValue &row : members.result.toMap().value(u"rows"_s).toArray())
            found.insert(row.toMap().value(u"partner"_s).toInteger());
        QCOMPARE(found, expected);
        // A class that is none is refused naming the rule's value when the segment is built.
        p.insert(u"values"_s, map({{u"name"_s, u"Špatná třída"_s}, {u"segment_kind"_s, u"rules"_s}}));
        p.insert(u"sections"_s, map({{u"rules"_s, QCborArray{map({{u"criterion"_s, u"abc_class"_s}, {u"value"_s, u"Q"_s}})}}}));
        const Reply bad = m_c->call(u"catalog.create"_s, p);
        QVERIFY2(bad.ok, qPrintable(bad.error.message));
        const Reply refused = m_c->call(u"crm.rebuildSegment"_s, map({{u"segment"_s, bad.result.toMap().value(u"id"_s)}}));
        QVERIFY(!refused.ok);
        QCOMPARE(refused.error.field, u"rules[1].value"_s);
    }

    void badParametersAreNamed()
    {
        const QList<std::pair<QCborMap, QString>> cases{
            {map({{u"a"_s, 90}, {u"b"_s, 10}}), u"params.b"_s},
            {map({{u"x"_s, 30}, {u"y"_s, 20}}), u"params.y"_s},
            {map({{u"a"_s, 0}}), u"params.a"_s},
            {map({{u"a"_s, u"80"_s}}), u"params.a"_s},
            {map({{u"subject"_s, u"deals"_s}}), u"params.subject"_s},
            {map({{u"from"_s, monthStart(5)}, {u"to"_s, monthEnd(2)}}), u"params.to"_s},
        };
        for (const auto &[p, field] : cases) {
            const Reply r = run(u"abc_xyz"_s, p);
            QVERIFY2(!r.ok, qPrintable(field));
            QCOMPARE(r.error.field, field);
        }
        const Reply two = run(u"sales_dynamics"_s, map({{u"partner"_s, m_partners[0]}, {u"product"_s, m_servis}}));
        QVERIFY(!two.ok);
        QCOMPARE(two.error.field, u"params.product"_s);
    }

    void chartsAreDrawn()
    {
        for (const QString &report : {u"abc_xyz"_s, u"rfm"_s, u"sales_dynamics"_s, u"bcg"_s}) {
            const Reply r = m_c->call(u"report.run"_s,
                                      map({{u"report"_s, report},
                                           {u"params"_s, map({{u"from"_s, monthStart(1)}, {u"to"_s, monthEnd(12)}})},
                                           {u"chart"_s, map({{u"width"_s, 640}, {u"height"_s, 400}})}}));
            QVERIFY2(r.ok, qPrintable(report + u": "_s + r.error.message));
            QImage png;
            QVERIFY(png.loadFromData(r.result.toMap().value(u"chart"_s).toMap().value(u"png"_s).toByteArray()));
            QCOMPARE(png.size(), QSize(640, 400));
            if (qEnvironmentVariableIsSet("ERP_KEEP_CHARTS"))
                png.save(u"/tmp/chart-%1.png"_s.arg(report));
        }
    }
};

QTEST_GUILESS_MAIN(TestSalesAnalytics)
#include "tst_salesanalytics.moc"
