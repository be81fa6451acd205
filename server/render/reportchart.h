#pragma once

#include "chartrequest.h"

#include <QCborMap>

// From what report.run computed to what the renderer draws, and the sizes a caller may ask for.
namespace erp::render {

constexpr int MinChartSide = 50;
constexpr int MaxChartSide = 4000;
constexpr qreal MaxChartScale = 4;
// Width × height × scale² in device pixels: a 4000 × 4000 chart at scale 1, no more.
constexpr qint64 MaxChartPixels = qint64(MaxChartSide) * MaxChartSide;

// {width, height, scale?}: whole logical pixels from MinChartSide to MaxChartSide, scale from
// 0.5 to MaxChartScale, the device pixels at most MaxChartPixels. A bad value is a Validation
// error naming it after `prefix` ("chart." gives "chart.width").
ChartSize chartSize(const QCborMap &given, const QString &prefix);

// The report's chart (`type`, when not empty, draws it as another of chartTypes()) with its
// titles translated into the calling thread's language.
ChartRequest chartRequest(const erp::core::ReportDefinition &report, const QCborArray &rows,
                          const QString &type = {});

} // namespace erp::render
