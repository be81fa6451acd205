#include "qrcode.h"

#include <QPainter>
#include <QRectF>

#include <qrencode.h>

namespace erp::print {

namespace {
constexpr int QuietZone = 4;
}

QrMatrix qrEncode(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    QRcode *code = QRcode_encodeString8bit(utf8.constData(), 0, QR_ECLEVEL_M);
    if (!code)
        return {};
    QrMatrix qr;
    qr.size = code->width;
    qr.modules.reserve(qr.size * qr.size);
    for (int i = 0; i < qr.size * qr.size; ++i)
        qr.modules.append(code->data[i] & 1);
    QRcode_free(code);
    return qr;
}

QImage qrImage(const QrMatrix &qr, int scale)
{
    const int side = (qr.size + 2 * QuietZone) * scale;
    QImage image(side, side, QImage::Format_Grayscale8);
    image.fill(Qt::white);
    QPainter painter(&image);
    paintQr(painter, qr, QRectF(0, 0, side, side));
    return image;
}

void paintQr(QPainter &painter, const QrMatrix &qr, const QRectF &target)
{
    if (qr.size == 0)
        return;
    const qreal module = target.width() / (qr.size + 2 * QuietZone);
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::black);
    for (int y = 0; y < qr.size; ++y)
        for (int x = 0; x < qr.size; ++x)
            if (qr.dark(x, y))
                // A hair wider than a module so that neighbours print without seams.
                painter.drawRect(QRectF(target.left() + (x + QuietZone) * module, target.top() + (y + QuietZone) * module,
                                        module * 1.01, module * 1.01));
    painter.restore();
}

} // namespace erp::print
