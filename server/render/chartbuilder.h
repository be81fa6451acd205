#pragma once

#include "chartrequest.h"

#include <QtCharts/QChart>

namespace erp::render {

// A chart ready to be drawn: titles, axes, legend, no animation. Call on the GUI thread only
// (Qt Charts is not thread-safe); the caller owns it (a QGraphicsScene it is added to does).
QChart *buildChart(const ChartRequest &request);

// A row's value of a column as a number for drawing: decimal text, an integer or a double;
// anything else (null, a missing column) counts as 0.
qreal chartValue(const QCborValue &value);

} // namespace erp::render
