#include "chartrenderer.h"

#include "chartbuilder.h"
#include "guithread.h"
#include "i18n/language.h"

#include <QBuffer>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QImage>
#include <QImageWriter>
#include <QPainter>

namespace erp::render {

namespace {

// Lays the chart out at `size` and paints it; the scene owns and deletes the chart.
void paintChart(const ChartRequest &request, const QSizeF &size, QPainter &painter)
{
    const erp::i18n::ThreadLanguage language(request.language);
    QGraphicsScene scene;
    QChart *chart = buildChart(request);
    scene.addItem(chart);
    chart->setGeometry(QRectF(QPointF(0, 0), size));
    // Axes, labels and the legend get their geometry from posted layout requests: without them
    // the first render has empty axes.
    QCoreApplication::sendPostedEvents();
    chart->layout()->activate();
    QCoreApplication::sendPostedEvents();
    scene.setSceneRect(QRectF(QPointF(0, 0), size));
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    scene.render(&painter, QRectF(QPointF(0, 0), size), QRectF(QPointF(0, 0), size));
}

} // namespace

QByteArray chartPng(const ChartRequest &request, const ChartSize &size)
{
    return onGuiThread([&] {
        QImage image(qRound(size.size.width() * size.scale), qRound(size.size.height() * size.scale),
                     QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(size.scale);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            paintChart(request, QSizeF(size.size), painter);
        }
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        QImageWriter writer(&buffer, "png");
        writer.write(image);
        return png;
    });
}

QPicture chartPicture(const ChartRequest &request, const QSizeF &size)
{
    return onGuiThread([&] {
        QPicture picture;
        {
            QPainter painter(&picture);
            paintChart(request, size, painter);
        }
        return picture;
    });
}

} // namespace erp::render
