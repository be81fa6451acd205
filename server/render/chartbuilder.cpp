#include "chartbuilder.h"

#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QHorizontalBarSeries>
#include <QtCharts/QLineSeries>
#include <QtCharts/QPieSeries>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QStackedBarSeries>
#include <QtCharts/QValueAxis>

#include <QtCharts/QLegendMarker>

#include <QLocale>
#include <QColor>
#include <QMap>
#include <QPen>
#include <QtMath>

namespace erp::render {

const QStringList &chartTypes()
{
    static const QStringList types{QStringLiteral("bar"), QStringLiteral("stackedBar"), QStringLiteral("line"),
                                   QStringLiteral("pie"), QStringLiteral("funnel"), QStringLiteral("bubble")};
    return types;
}

qreal chartValue(const QCborValue &value)
{
    if (value.isString())
        return value.toString().toDouble();
    if (value.isInteger())
        return qreal(value.toInteger());
    if (value.isDouble())
        return value.toDouble();
    return 0;
}

namespace {

QString categoryOf(const QCborMap &row, const QString &column)
{
    const QCborValue display = row.value(QStringLiteral("display")).toMap().value(column);
    const QCborValue value = display.isUndefined() ? row.value(column) : display;
    if (value.isInteger())
        return QString::number(value.toInteger());
    return value.toString();
}

QStringList categories(const ChartRequest &r)
{
    QStringList out;
    for (const QCborValue &row : r.rows)
        out.append(categoryOf(row.toMap(), r.spec.category));
    return out;
}

QList<QBarSet *> barSets(const ChartRequest &r)
{
    QList<QBarSet *> sets;
    for (const ChartSeriesText &s : r.series) {
        auto *set = new QBarSet(s.title);
        for (const QCborValue &row : r.rows)
            set->append(chartValue(row.toMap().value(s.column)));
        sets.append(set);
    }
    return sets;
}

// The value axis starts at zero unless a value is below it; nice numbers make round ticks.
QValueAxis *valueAxis(QChart *chart, qreal low, qreal high)
{
    auto *axis = new QValueAxis;
    axis->setRange(qMin<qreal>(0, low), high > low ? high : low + 1);
    axis->applyNiceNumbers();
    axis->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(axis, Qt::AlignLeft);
    return axis;
}

void attachCategoryAxis(QChart *chart, QAbstractSeries *series, const QStringList &labels, Qt::Alignment where,
                        const QString &title)
{
    auto *axis = new QBarCategoryAxis;
    axis->append(labels);
    axis->setTitleText(title);
    chart->addAxis(axis, where);
    series->attachAxis(axis);
}

void addBars(QChart *chart, const ChartRequest &r, QAbstractBarSeries *series)
{
    qreal low = 0, high = 0;
    const QList<QBarSet *> sets = barSets(r);
    for (QBarSet *set : sets) {
        for (int i = 0; i < set->count(); ++i) {
            low = qMin(low, set->at(i));
            high = qMax(high, set->at(i));
        }
    }
    if (qobject_cast<QStackedBarSeries *>(series)) {
        high = 0;
        for (int i = 0; i < r.rows.size(); ++i) {
            qreal sum = 0;
            for (QBarSet *set : sets)
                sum += qMax<qreal>(0, set->at(i));
            high = qMax(high, sum);
        }
    }
    series->append(sets);
    chart->addSeries(series);
    attachCategoryAxis(chart, series, categories(r), Qt::AlignBottom, r.categoryTitle);
    series->attachAxis(valueAxis(chart, low, high));
}

// A funnel: one bar per stage, the first on top, drawn sideways.
void addFunnel(QChart *chart, const ChartRequest &r)
{
    auto *series = new QHorizontalBarSeries;
    QList<QBarSet *> sets = barSets(r);
    qreal high = 0;
    for (QBarSet *set : sets) {
        QList<qreal> reversed;
        for (int i = set->count() - 1; i >= 0; --i) {
            reversed.append(set->at(i));
            high = qMax(high, set->at(i));
        }
        set->remove(0, set->count());
        set->append(reversed);
    }
    series->append(sets);
    chart->addSeries(series);
    QStringList labels = categories(r);
    std::reverse(labels.begin(), labels.end());
    attachCategoryAxis(chart, series, labels, Qt::AlignLeft, r.categoryTitle);
    auto *axis = new QValueAxis;
    axis->setRange(0, high > 0 ? high : 1);
    axis->applyNiceNumbers();
    axis->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(axis, Qt::AlignBottom);
    series->attachAxis(axis);
}

void addLines(QChart *chart, const ChartRequest &r)
{
    qreal low = 0, high = 0;
    QList<QLineSeries *> lines;
    for (const ChartSeriesText &s : r.series) {
        auto *line = new QLineSeries;
        line->setName(s.title);
        line->setPointsVisible(r.rows.size() < 40);
        for (qsizetype i = 0; i < r.rows.size(); ++i) {
            const qreal v = chartValue(r.rows.at(i).toMap().value(s.column));
            line->append(qreal(i), v);
            low = qMin(low, v);
            high = qMax(high, v);
        }
        chart->addSeries(line);
        lines.append(line);
    }
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories(r));
    categoryAxis->setTitleText(r.categoryTitle);
    chart->addAxis(categoryAxis, Qt::AlignBottom);
    QValueAxis *values = valueAxis(chart, low, high);
    for (QLineSeries *line : lines) {
        line->attachAxis(categoryAxis);
        line->attachAxis(values);
    }
}

// A pie of the first series: one slice per row, labelled with its category and share.
void addPie(QChart *chart, const ChartRequest &r)
{
    auto *pie = new QPieSeries;
    const QString column = r.series.isEmpty() ? QString() : r.series.first().column;
    const QStringList labels = categories(r);
    for (qsizetype i = 0; i < r.rows.size(); ++i) {
        const qreal v = chartValue(r.rows.at(i).toMap().value(column));
        if (v > 0)
            pie->append(labels.at(i), v);
    }
    const QLocale locale(r.language);
    for (QPieSlice *slice : pie->slices()) {
        slice->setLabel(QStringLiteral("%1 (%2 %)").arg(slice->label(), locale.toString(slice->percentage() * 100, 'f', 1)));
        slice->setLabelVisible(pie->count() <= 12);
    }
    chart->addSeries(pie);
    chart->legend()->setAlignment(Qt::AlignRight);
}

// Bubbles at (x, y) sized by the third series, one colour per group (a quadrant), labelled with
// their category; the quadrant lines at the first row's x_split and y_split.
void addBubbles(QChart *chart, const ChartRequest &r)
{
    if (r.series.size() < 3)
        return addBars(chart, r, new QBarSeries);
    const QStringList labels = categories(r);
    qreal xLow = 0, xHigh = 0, yLow = 0, yHigh = 0, biggest = 0;
    for (const QCborValue &v : r.rows) {
        const QCborMap row = v.toMap();
        const qreal x = chartValue(row.value(r.series[0].column)), y = chartValue(row.value(r.series[1].column));
        xLow = qMin(xLow, x), xHigh = qMax(xHigh, x), yLow = qMin(yLow, y), yHigh = qMax(yHigh, y);
        biggest = qMax(biggest, chartValue(row.value(r.series[2].column)));
    }
    // Qt 6.4 has no label per point: each bubble is a series of its own, labelled, coloured by
    // its group, whose legend entry is an empty series of that colour.
    static const QList<QColor> palette{QColor(0x20, 0x9f, 0xdf), QColor(0x99, 0xca, 0x53), QColor(0xf6, 0xa6, 0x25),
                                       QColor(0x6d, 0x5f, 0xd5), QColor(0xbf, 0x59, 0x3e), QColor(0x70, 0x70, 0x70)};
    QMap<QString, QColor> colours;
    QList<QScatterSeries *> ordered, legend;
    for (qsizetype i = 0; i < r.rows.size(); ++i) {
        const QCborMap row = r.rows.at(i).toMap();
        const QString group = r.spec.group.isEmpty() ? r.series[2].title : categoryOf(row, r.spec.group);
        if (!colours.contains(group)) {
            colours.insert(group, palette.at(colours.size() % palette.size()));
            auto *entry = new QScatterSeries;
            entry->setName(group);
            entry->setColor(colours.value(group));
            entry->setMarkerShape(QScatterSeries::MarkerShapeCircle);
            legend.append(entry);
        }
        auto *series = new QScatterSeries;
        series->setMarkerShape(QScatterSeries::MarkerShapeCircle);
        QColor colour = colours.value(group);
        colour.setAlpha(170);
        series->setColor(colour);
        series->setBorderColor(colours.value(group).darker(130));
        series->setMarkerSize(biggest > 0 ? 10 + 50 * qSqrt(qMax<qreal>(0, chartValue(row.value(r.series[2].column))) / biggest)
                                          : 10);
        series->append(chartValue(row.value(r.series[0].column)), chartValue(row.value(r.series[1].column)));
        series->setPointLabelsFormat(labels.at(i));
        series->setPointLabelsVisible(true);
        series->setPointLabelsClipping(false);
        ordered.append(series);
    }
    auto *xAxis = new QValueAxis;
    auto *yAxis = new QValueAxis;
    const qreal xPad = qMax<qreal>((xHigh - xLow) * 0.15, 0.5), yPad = qMax<qreal>((yHigh - yLow) * 0.15, 5);
    xAxis->setRange(qMax<qreal>(xLow - xPad, qMin<qreal>(xLow, 0)), xHigh + xPad);
    yAxis->setRange(yLow - yPad, yHigh + yPad);
    xAxis->applyNiceNumbers();
    yAxis->applyNiceNumbers();
    xAxis->setTitleText(r.series[0].title);
    yAxis->setTitleText(r.series[1].title);
    xAxis->setLabelFormat(QStringLiteral("%.1f"));
    yAxis->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    for (QScatterSeries *series : std::as_const(ordered) + legend) {
        chart->addSeries(series);
        series->attachAxis(xAxis);
        series->attachAxis(yAxis);
    }
    for (QScatterSeries *series : std::as_const(ordered))
        chart->legend()->markers(series).first()->setVisible(false);
    const QCborMap first = r.rows.isEmpty() ? QCborMap() : r.rows.first().toMap();
    auto split = [&](bool vertical, const QCborValue &at) {
        if (at.isUndefined() || at.isNull())
            return;
        auto *line = new QLineSeries;
        const qreal v = chartValue(at);
        if (vertical)
            line->append({QPointF(v, yLow - yPad), QPointF(v, yHigh + yPad)});
        else
            line->append({QPointF(xLow - xPad, v), QPointF(xHigh + xPad, v)});
        line->setPen(QPen(Qt::gray, 1, Qt::DashLine));
        chart->addSeries(line);
        line->attachAxis(xAxis);
        line->attachAxis(yAxis);
        chart->legend()->markers(line).first()->setVisible(false);
    };
    split(true, first.value(QStringLiteral("x_split")));
    split(false, first.value(QStringLiteral("y_split")));
}

} // namespace

QChart *buildChart(const ChartRequest &r)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setTheme(QChart::ChartThemeLight);
    chart->setLocale(QLocale(r.language));
    chart->setLocalizeNumbers(true);
    chart->setTitle(r.title);
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
    const QString &type = r.spec.type;
    if (type == QLatin1String("bar"))
        addBars(chart, r, new QBarSeries);
    else if (type == QLatin1String("stackedBar"))
        addBars(chart, r, new QStackedBarSeries);
    else if (type == QLatin1String("line"))
        addLines(chart, r);
    else if (type == QLatin1String("pie"))
        addPie(chart, r);
    else if (type == QLatin1String("funnel"))
        addFunnel(chart, r);
    else if (type == QLatin1String("bubble"))
        addBubbles(chart, r);
    return chart;
}

} // namespace erp::render
