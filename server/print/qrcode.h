#pragma once

#include <QImage>
#include <QString>

class QPainter;
class QRectF;

namespace erp::print {

// A QR code of `text` (UTF-8, byte mode, error correction level M as QR platba asks) as a
// square of modules, true where dark; empty when libqrencode cannot encode it.
struct QrMatrix
{
    int size = 0;
    QList<bool> modules; // row by row

    bool dark(int x, int y) const { return modules.at(y * size + x); }
};

QrMatrix qrEncode(const QString &text);

// One pixel per module with a quiet zone of 4 modules, scaled by `scale`.
QImage qrImage(const QrMatrix &qr, int scale = 1);

// Dark modules as filled rectangles (vector in a PDF) inside `target`, quiet zone included.
void paintQr(QPainter &painter, const QrMatrix &qr, const QRectF &target);

} // namespace erp::print
