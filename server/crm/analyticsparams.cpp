#include "analyticsparams.h"

#include "core/postinghelpers.h"
#include "dealslookup.h"
#include "rpc/method.h"
#include "rpc/params.h"
#include "rpc/rpcerror.h"

#include <QCoreApplication>

namespace erp::crm::analytics {

using erp::rpc::Param;

namespace {

__extension__ typedef __int128 Wide; // products of cents and 10,000 exceed int64

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Reports)
};

// Rounds numerator / denominator half away from zero (denominator > 0).
qint64 roundedQuotient(Wide numerator, Wide denominator)
{
    const Wide half = denominator / 2;
    return qint64(numerator >= 0 ? (numerator + half) / denominator : -((-numerator + half) / denominator));
}

} // namespace

Period periodOf(const QCborMap &params)
{
    const Period p{erp::rpc::momentParam(params, QStringLiteral("from"), erp::rpc::beginningOfTime()),
                   erp::rpc::momentParam(params, QStringLiteral("to"), erp::rpc::endOfTime())};
    if (p.to < p.from)
        erp::rpc::fail(erp::protocol::ErrorCode::Validation, Text::tr("to: the period ends before it begins"),
                       QStringLiteral("to"));
    return p;
}

bool wholeMonths(const Period &p)
{
    const QDateTime from = p.from.toUTC(), to = p.to.toUTC();
    const bool first = p.from == erp::rpc::beginningOfTime() || (from.date().day() == 1 && from.time() == QTime(0, 0));
    const QDate last = to.date();
    const bool end = p.to >= erp::rpc::endOfTime() || (last.day() == last.daysInMonth() && to.time() >= QTime(23, 59, 59));
    return first && end;
}

QVariant stamp(const QDateTime &utc)
{
    const QDateTime u = utc.toUTC();
    return QDateTime(u.date(), u.time());
}

QList<erp::core::ReportParameter> periodParameters()
{
    return {{Param::moment(QStringLiteral("from")), QT_TRANSLATE_NOOP("Reports", "From")},
            {Param::moment(QStringLiteral("to")), QT_TRANSLATE_NOOP("Reports", "To"), {}, true}};
}

erp::core::ReportParameter refParameter(const QString &name, const char *title, const QString &catalog)
{
    return {Param::integer(name, 1), title, catalog};
}

QString refFilters(erp::rpc::CallContext &ctx, const QCborMap &params, const QList<RefFilter> &filters,
                   const QString &alias, QVariantList *binds)
{
    QString sql;
    for (const RefFilter &f : filters)
        if (const qint64 id = optionalRef(ctx, params, f.param, f.kind)) {
            sql += QStringLiteral(" AND %1.%2 = ?").arg(alias, f.param.toUpper());
            binds->append(qlonglong(id));
        }
    return sql;
}

QString andVisible(const erp::core::RowFilter &filter, QVariantList *binds)
{
    if (filter.isEmpty())
        return QString();
    *binds += filter.binds;
    return QStringLiteral(" AND (%1)").arg(filter.sql);
}

QCborValue percent(qint64 part, qint64 whole)
{
    if (whole == 0)
        return QCborValue(QCborValue::Null);
    return erp::Decimal::fromUnits(roundedQuotient(Wide(part) * 10000, whole), 2).toString();
}

QCborValue percent(const erp::Decimal &part, const erp::Decimal &whole)
{
    if (whole.isZero())
        return QCborValue(QCborValue::Null);
    // Both at one scale, so the quotient of their units is the quotient of the amounts.
    const int scale = qMax(part.scale(), whole.scale());
    const erp::Decimal p = part.rescaled(scale).value_or(part), w = whole.rescaled(scale).value_or(whole);
    Wide numerator = Wide(p.units()) * 10000, denominator = w.units();
    if (denominator < 0) {
        numerator = -numerator;
        denominator = -denominator;
    }
    return erp::Decimal::fromUnits(roundedQuotient(numerator, denominator), 2).toString();
}

erp::Decimal sumOf(const QVariant &text, const QString &field)
{
    return text.isNull() ? erp::Decimal() : erp::core::posting::decimal(QCborValue(text.toString()), field);
}

QString moneyText(const erp::Decimal &amount, const QString &field)
{
    return erp::core::posting::money(amount, field);
}

QCborValue refValue(const QVariant &id)
{
    return id.isNull() ? QCborValue(QCborValue::Null) : QCborValue(id.toLongLong());
}

} // namespace erp::crm::analytics
