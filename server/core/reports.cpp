#include "reports.h"

#include "options.h"

#include <QCoreApplication>

namespace erp::core {

QString reportColumnTypeName(ReportColumnType type)
{
    switch (type) {
    case ReportColumnType::String: return QStringLiteral("string");
    case ReportColumnType::Integer: return QStringLiteral("integer");
    case ReportColumnType::Decimal: return QStringLiteral("decimal");
    case ReportColumnType::Money: return QStringLiteral("money");
    case ReportColumnType::Percent: return QStringLiteral("percent");
    case ReportColumnType::Date: return QStringLiteral("date");
    case ReportColumnType::Month: return QStringLiteral("month");
    case ReportColumnType::Ref: return QStringLiteral("ref");
    }
    return {};
}

bool mayRunReport(const UserInfo &user, const ModelSnapshot &snapshot, const ReportDefinition &report)
{
    if (!user.has(report.right) || !snapshot.isEnabled(report.option))
        return false;
    for (const ReportColumn &c : report.columns)
        if (!c.catalog.isEmpty() && snapshot.isKindOff(c.catalog))
            return false;
    return true;
}

QString translatedReportText(const char *text)
{
    return QCoreApplication::translate(ReportTexts, text);
}

ReportOutput reportOutputOf(const QCborMap &answer)
{
    ReportOutput out;
    out.rows = answer.value(QStringLiteral("rows")).toArray();
    if (answer.value(QStringLiteral("totals")).isMap()) {
        out.totals = answer.value(QStringLiteral("totals")).toMap();
        return out;
    }
    out.totals = answer;
    out.totals.remove(QStringLiteral("rows"));
    return out;
}

} // namespace erp::core
