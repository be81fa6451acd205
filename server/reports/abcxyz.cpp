// abc_xyz: ABC of clients or products by revenue, margin or number of sales over a period, XYZ
// by the coefficient of variation of the same measure month by month, and the 3 × 3 matrix.
#include "analytics.h"
#include "analyticsparams.h"
#include "subjectclasses.h"

#include "core/areas.h"
#include "rpc/rpcerror.h"

#include <QCborArray>

#include <algorithm>

namespace erp::reports {

using erp::core::ReportColumn;
using erp::core::ReportColumnType;
using erp::core::ReportParameter;
using erp::protocol::ErrorCode;
using erp::rpc::CallContext;
using erp::rpc::Param;

namespace {

QCborMap abcOf(const char *cls)
{
    QCborMap row;
    row.insert(QStringLiteral("abc"), QString::fromLatin1(cls));
    return row;
}

erp::core::ReportOutput abcXyz(CallContext &ctx, const QCborMap &params)
{
    const AbcThresholds abc{percentParam(params, QStringLiteral("a"), 80), percentParam(params, QStringLiteral("b"), 15)};
    const XyzThresholds xyz{percentParam(params, QStringLiteral("x"), 10), percentParam(params, QStringLiteral("y"), 25)};
    if (abc.a + abc.b >= 100)
        erp::rpc::fail(ErrorCode::Validation, AnalyticsText::tr("b: a and b together must be less than 100 %"),
                       QStringLiteral("b"));
    if (xyz.y <= xyz.x)
        erp::rpc::fail(ErrorCode::Validation, AnalyticsText::tr("y: must be greater than x"), QStringLiteral("y"));
    const MonthSpan span = analyticsSpan(params);
    const bool products = params.value(QStringLiteral("subject")).toString() == QLatin1String("products");
    const QString measure = params.value(QStringLiteral("measure")).toString(QStringLiteral("revenue"));
    const QList<ClassifiedSubject> subjects =
        classifySubjects(ctx.db, ctx.user, ctx.model, products, measure, span, abc, xyz);
    long double total = 0;
    for (const ClassifiedSubject &s : subjects)
        total += s.value > 0 ? s.value : 0;

    const bool count = measure == QLatin1String("count");
    const auto valueText = [count](std::int64_t v) { return count ? QString::number(v) : centsText(v); };
    struct Cell
    {
        int subjects = 0;
        std::int64_t value = 0;
    };
    Cell matrix[3][3];
    erp::core::ReportOutput out;
    long double cumulative = 0;
    std::int64_t sum = 0;
    for (const ClassifiedSubject &s : subjects) {
        const char a = s.abc, x = s.xyz;
        const std::optional<double> &cv = s.cv;
        cumulative += s.value > 0 ? s.value : 0;
        sum += s.value;
        QCborMap row;
        row.insert(QStringLiteral("id"), s.id);
        row.insert(QStringLiteral("subject"), s.name);
        row.insert(QStringLiteral("value"), valueText(s.value));
        row.insert(QStringLiteral("share"), s.value > 0 ? percentText(s.value, total) : QCborValue(QCborValue::Null));
        row.insert(QStringLiteral("cumulative"), percentText(cumulative, total));
        row.insert(QStringLiteral("abc"), QString(QLatin1Char(a)));
        row.insert(QStringLiteral("cv"), cv ? QCborValue(QString::number(*cv, 'f', 2)) : QCborValue(QCborValue::Null));
        row.insert(QStringLiteral("xyz"), QString(QLatin1Char(x)));
        row.insert(QStringLiteral("class"), QString(QLatin1Char(a)) + QLatin1Char(x));
        out.rows.append(row);
        Cell &cell = matrix[a - 'A'][x - 'X'];
        ++cell.subjects;
        cell.value += s.value;
    }
    out.totals.insert(QStringLiteral("value"), valueText(sum));
    out.totals.insert(QStringLiteral("subjects"), qint64(subjects.size()));
    QCborArray cells;
    for (int a = 0; a < 3; ++a) {
        QCborMap chartRow = abcOf(a == 0 ? "A" : a == 1 ? "B" : "C");
        for (int x = 0; x < 3; ++x) {
            QCborMap cell;
            cell.insert(QStringLiteral("abc"), QString(QLatin1Char(char('A' + a))));
            cell.insert(QStringLiteral("xyz"), QString(QLatin1Char(char('X' + x))));
            cell.insert(QStringLiteral("subjects"), matrix[a][x].subjects);
            cell.insert(QStringLiteral("value"), valueText(matrix[a][x].value));
            cells.append(cell);
            chartRow.insert(QString(QLatin1Char(char('x' + x))), matrix[a][x].subjects);
        }
        out.chartRows.append(chartRow);
    }
    out.extra.insert(QStringLiteral("matrix"), cells);
    out.extra.insert(QStringLiteral("months"), span.months);
    out.extra.insert(QStringLiteral("firstMonth"), monthNumber(span.first));
    out.extra.insert(QStringLiteral("lastMonth"), monthNumber(span.last()));
    return out;
}

} // namespace

void addAbcXyzReport(erp::core::AreaRegistry &areas)
{
    auto percent = [](const QString &name, const char *title, qint64 max) {
        return ReportParameter{Param::integer(name, 1, max), title};
    };
    areas.addReport(
        {QStringLiteral("abc_xyz"), QT_TRANSLATE_NOOP("Reports", "ABC/XYZ analysis"), QStringLiteral("reports"),
         QStringLiteral("read"), {},
         twelveMonthPeriod()
             << ReportParameter{Param::choice(QStringLiteral("subject"),
                                              {QStringLiteral("partners"), QStringLiteral("products")}),
                                QT_TRANSLATE_NOOP("Reports", "Subjects"), {}, false,
                                {QT_TRANSLATE_NOOP("Reports", "Clients"), QT_TRANSLATE_NOOP("Reports", "Products")}}
             << ReportParameter{Param::choice(QStringLiteral("measure"), {QStringLiteral("revenue"), QStringLiteral("margin"),
                                                                          QStringLiteral("count")}),
                                QT_TRANSLATE_NOOP("Reports", "Measure"), {}, false,
                                {QT_TRANSLATE_NOOP("Reports", "Revenue"), QT_TRANSLATE_NOOP("Reports", "Gross margin"),
                                 QT_TRANSLATE_NOOP("Reports", "Number of sales")}}
             << percent(QStringLiteral("a"), QT_TRANSLATE_NOOP("Reports", "Class A up to %"), 98)
             << percent(QStringLiteral("b"), QT_TRANSLATE_NOOP("Reports", "Class B, further %"), 98)
             << percent(QStringLiteral("x"), QT_TRANSLATE_NOOP("Reports", "Class X, variation up to %"), 999)
             << percent(QStringLiteral("y"), QT_TRANSLATE_NOOP("Reports", "Class Y, variation up to %"), 1000),
         {{QStringLiteral("subject"), QT_TRANSLATE_NOOP("Reports", "Subject")},
          {QStringLiteral("value"), QT_TRANSLATE_NOOP("Reports", "Value"), ReportColumnType::Decimal, {}, true},
          {QStringLiteral("share"), QT_TRANSLATE_NOOP("Reports", "Share %"), ReportColumnType::Percent},
          {QStringLiteral("cumulative"), QT_TRANSLATE_NOOP("Reports", "Cumulative %"), ReportColumnType::Percent},
          {QStringLiteral("abc"), QT_TRANSLATE_NOOP("Reports", "ABC")},
          {QStringLiteral("cv"), QT_TRANSLATE_NOOP("Reports", "Variation %"), ReportColumnType::Percent},
          {QStringLiteral("xyz"), QT_TRANSLATE_NOOP("Reports", "XYZ")},
          {QStringLiteral("class"), QT_TRANSLATE_NOOP("Reports", "Class")}},
         erp::core::ReportChart{QStringLiteral("stackedBar"),
                                QStringLiteral("abc"),
                                {QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("z")},
                                {},
                                {{QStringLiteral("x"), QT_TRANSLATE_NOOP("Reports", "X (steady)")},
                                 {QStringLiteral("y"), QT_TRANSLATE_NOOP("Reports", "Y (varying)")},
                                 {QStringLiteral("z"), QT_TRANSLATE_NOOP("Reports", "Z (irregular)")}}},
         abcXyz});
}

} // namespace erp::reports
