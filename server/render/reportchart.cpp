#include "reportchart.h"

#include "i18n/language.h"
#include "rpc/rpcerror.h"

#include <QCoreApplication>

namespace erp::render {

using erp::protocol::ErrorCode;
using erp::rpc::fail;

namespace {

using erp::core::translatedReportText;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ChartRender)
};

int side(const QCborMap &given, const QString &name, const QString &prefix)
{
    const QString field = prefix + name;
    const QCborValue v = given.value(name);
    if (v.isUndefined())
        fail(ErrorCode::Validation, Text::tr("%1: required").arg(field), field);
    if (!v.isInteger())
        fail(ErrorCode::Validation, Text::tr("%1: must be a whole number of pixels").arg(field), field);
    if (v.toInteger() < MinChartSide || v.toInteger() > MaxChartSide)
        fail(ErrorCode::Validation,
             Text::tr("%1: must be from %2 to %3 pixels").arg(field).arg(MinChartSide).arg(MaxChartSide), field);
    return int(v.toInteger());
}

} // namespace

ChartSize chartSize(const QCborMap &given, const QString &prefix)
{
    for (auto it = given.cbegin(); it != given.cend(); ++it) {
        const QString key = it.key().toString();
        if (key != QLatin1String("width") && key != QLatin1String("height") && key != QLatin1String("scale"))
            fail(ErrorCode::BadRequest, Text::tr("%1: unknown (a chart has width, height and scale)").arg(prefix + key),
                 prefix + key);
    }
    ChartSize out;
    out.size = QSize(side(given, QStringLiteral("width"), prefix), side(given, QStringLiteral("height"), prefix));
    const QString scaleField = prefix + QStringLiteral("scale");
    const QCborValue scale = given.value(QStringLiteral("scale"));
    if (!scale.isUndefined()) {
        if (!scale.isInteger() && !scale.isDouble())
            fail(ErrorCode::Validation, Text::tr("%1: must be a number").arg(scaleField), scaleField);
        out.scale = scale.isInteger() ? qreal(scale.toInteger()) : scale.toDouble();
        if (!(out.scale >= 0.5 && out.scale <= MaxChartScale))
            fail(ErrorCode::Validation, Text::tr("%1: must be from 0.5 to %2").arg(scaleField).arg(MaxChartScale),
                 scaleField);
    }
    const qreal pixels = out.size.width() * out.size.height() * out.scale * out.scale;
    if (pixels > qreal(MaxChartPixels))
        fail(ErrorCode::Validation,
             Text::tr("%1: width × height × scale² must be at most %2 pixels").arg(scaleField).arg(MaxChartPixels),
             scaleField);
    return out;
}

ChartRequest chartRequest(const erp::core::ReportDefinition &report, const QCborArray &rows, const QString &type)
{
    ChartRequest out;
    out.spec = *report.chart;
    if (!type.isEmpty())
        out.spec.type = type;
    out.title = translatedReportText(report.title);
    const auto titleOf = [&report](const QString &column) {
        for (const erp::core::ReportColumn &c : report.columns)
            if (c.name == column)
                return translatedReportText(c.title);
        for (const auto &[name, title] : report.chart->titles)
            if (name == column)
                return translatedReportText(title);
        return column;
    };
    out.categoryTitle = titleOf(out.spec.category);
    for (const QString &column : out.spec.series)
        out.series.append({column, titleOf(column)});
    out.rows = rows;
    out.language = erp::i18n::currentLanguage();
    return out;
}

} // namespace erp::render
