#pragma once

#include "core/reports.h"

#include <QCborArray>
#include <QList>
#include <QSize>
#include <QString>

// What a chart is drawn from: the report's declaration, its rows (values by column name, numbers
// as decimal text) and the texts to show, already translated into the caller's language.
namespace erp::render {

struct ChartSeriesText
{
    QString column;
    QString title;
};

struct ChartRequest
{
    erp::core::ReportChart spec;
    QString title;
    QString categoryTitle;
    QList<ChartSeriesText> series;
    QCborArray rows;
    QString language; // numbers on the axes and labels are written the way it writes them
};

// The size of a PNG in logical pixels and its device pixel ratio (2 for a high-density screen).
struct ChartSize
{
    QSize size;
    qreal scale = 1;
};

// The chart types a declaration may name.
const QStringList &chartTypes();

} // namespace erp::render
