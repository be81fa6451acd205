#pragma once

#include "chartrequest.h"

#include <QByteArray>
#include <QPicture>
#include <QSizeF>

namespace erp::render {

// Draws a report's chart. Callable from any thread: the drawing itself runs on the GUI thread
// (guithread.h), in the language of the request.
QByteArray chartPng(const ChartRequest &request, const ChartSize &size);

// The chart as vector drawing commands at `size` (points), to be replayed into a PDF page on
// any thread (QPainter::drawPicture).
QPicture chartPicture(const ChartRequest &request, const QSizeF &size);

} // namespace erp::render
