#pragma once

#include "core/reports.h"
#include "rpc/params.h"
#include "rpc/rpcerror.h"
#include "salesseries.h"

#include <QCoreApplication>

// Parameters the analytics reports share: a period that defaults to the last twelve months.
namespace erp::reports {

struct AnalyticsText
{
    Q_DECLARE_TR_FUNCTIONS(AnalyticsText)
};

inline QList<erp::core::ReportParameter> twelveMonthPeriod()
{
    using erp::rpc::Param;
    return {{Param::moment(QStringLiteral("from")), QT_TRANSLATE_NOOP("Reports", "From")},
            {Param::moment(QStringLiteral("to")), QT_TRANSLATE_NOOP("Reports", "To"), {}, true}};
}

// From the first day of the month eleven months before `to`'s.
inline QDateTime periodFrom(const QCborMap &params, const QDateTime &to)
{
    const QDate d = to.toUTC().date();
    return erp::rpc::momentParam(params, QStringLiteral("from"),
                                 QDateTime(QDate(d.year(), d.month(), 1).addMonths(-11), QTime(0, 0), Qt::UTC));
}

inline QDateTime periodTo(const QCborMap &params)
{
    return erp::rpc::momentParam(params, QStringLiteral("to"), QDateTime::currentDateTimeUtc());
}

// The whole months of the period the parameters give; a period that ends before it begins is
// refused naming `to`.
MonthSpan analyticsSpan(const QCborMap &params);

// An integer parameter from 1 to max with a default.
inline int percentParam(const QCborMap &params, const QString &name, int fallback)
{
    return params.contains(name) ? int(params.value(name).toInteger()) : fallback;
}

} // namespace erp::reports
