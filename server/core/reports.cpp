#include "reports.h"

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
    case ReportColumnType::Ref: return QStringLiteral("ref");
    }
    return {};
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
