#include "subjectclasses.h"

#include <algorithm>

namespace erp::reports {

namespace {

QList<std::int64_t> measured(const SubjectSales &s, const QString &measure)
{
    if (measure == QLatin1String("count"))
        return s.sales;
    if (measure == QLatin1String("margin")) {
        QList<std::int64_t> out(s.revenue.size());
        for (qsizetype i = 0; i < out.size(); ++i)
            out[i] = s.revenue[i] - s.cost[i];
        return out;
    }
    return s.revenue;
}

SalesSource subjects(bool products)
{
    return products ? SalesSource{QStringLiteral("product"), QStringLiteral("product"), QStringLiteral("products")}
                    : SalesSource{QStringLiteral("partner"), QStringLiteral("partner"), QStringLiteral("partners")};
}

} // namespace

QList<ClassifiedSubject> classifySubjects(QSqlDatabase &db, const erp::core::UserInfo &user,
                                          const erp::meta::Model &model, bool products, const QString &measure,
                                          const MonthSpan &span, const AbcThresholds &abc, const XyzThresholds &xyz)
{
    const QHash<qint64, SubjectSales> sales = salesByMonth(db, user, model, subjects(products), span);
    QList<ClassifiedSubject> out;
    for (auto it = sales.cbegin(); it != sales.cend(); ++it) {
        if (it.key() == 0)
            continue; // movements without the subject
        ClassifiedSubject s;
        s.id = it.key();
        s.name = it->name;
        s.monthly = measured(it.value(), measure);
        s.value = it->total(s.monthly);
        out.append(s);
    }
    std::sort(out.begin(), out.end(), [](const ClassifiedSubject &l, const ClassifiedSubject &r) {
        return l.value != r.value ? l.value > r.value : l.name < r.name;
    });
    QList<std::int64_t> values;
    for (const ClassifiedSubject &s : std::as_const(out))
        values.append(s.value);
    const QList<char> classes = abcClasses(values, abc);
    for (qsizetype i = 0; i < out.size(); ++i) {
        out[i].abc = classes[i];
        out[i].xyz = xyzClass(out[i].monthly, xyz);
        out[i].cv = coefficientOfVariation(out[i].monthly);
    }
    return out;
}

QList<RfmScore> rfmScores(QSqlDatabase &db, const erp::core::UserInfo &user, const erp::meta::Model &model,
                          const MonthSpan &span)
{
    const QHash<qint64, SubjectSales> sales = salesByMonth(db, user, model, subjects(false), span);
    QList<RfmScore> clients;
    for (auto it = sales.cbegin(); it != sales.cend(); ++it) {
        RfmScore c{it.key(), it->name};
        for (int m = 0; m < span.months; ++m)
            if (it->sales[m] > 0)
                c.lastMonth = m;
        c.frequency = it->total(it->sales);
        c.monetary = it->total(it->revenue);
        if (it.key() != 0 && c.frequency > 0) // a client is one who bought in the span
            clients.append(c);
    }
    std::sort(clients.begin(), clients.end(), [](const RfmScore &l, const RfmScore &r) { return l.name < r.name; });
    QList<std::int64_t> recency, frequency, monetary;
    for (const RfmScore &c : std::as_const(clients)) {
        recency.append(c.lastMonth); // a later month is better
        frequency.append(c.frequency);
        monetary.append(c.monetary);
    }
    const QList<int> r = quintileScores(recency), f = quintileScores(frequency), m = quintileScores(monetary);
    for (qsizetype i = 0; i < clients.size(); ++i) {
        clients[i].r = r[i];
        clients[i].f = f[i];
        clients[i].m = m[i];
    }
    return clients;
}

} // namespace erp::reports
