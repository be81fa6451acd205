#include "reportpdf.h"

#include "cellformat.h"
#include "chartrenderer.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <QPicture>

#include <cmath>

namespace erp::render {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ReportPdf)
};

// The resolution of a QPicture (Qt's default logical dpi): the chart is recorded and replayed
// in the same units, so its fonts, measured when it was laid out, keep their size on the page.
// The PDF stays vector; the resolution only sets the unit of coordinates.
constexpr int Resolution = 96;
constexpr qreal MarginMm = 15;

qreal mm(qreal millimetres)
{
    return millimetres * Resolution / 25.4;
}

// Where everything goes, computed once before the first page is drawn so that every footer
// knows the page count.
struct Layout
{
    QRectF content;
    QFont titleFont, textFont, tableFont, boldFont;
    qreal headerHeight = 0, footerHeight = 0, chartHeight = 0, rowHeight = 0;
    QList<qreal> widths;
    int rowsFirst = 0, rowsOther = 0, pages = 1;
};

QString parameterText(const ReportPdfInput &in)
{
    QStringList parts;
    for (const PdfParameter &p : in.params)
        parts.append(QStringLiteral("%1: %2").arg(p.title, p.value));
    return parts.join(QStringLiteral("    "));
}

QString printedText(const ReportPdfInput &in)
{
    return Text::tr("Printed %1 by %2").arg(momentText(in.printedAt.toLocalTime()), in.printedBy);
}

int alignmentOf(const erp::core::ReportColumn &c)
{
    return (isNumeric(c.type) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter;
}

QStringList totalsRow(const ReportPdfInput &in)
{
    QStringList cells;
    for (const erp::core::ReportColumn &c : in.columns)
        cells.append(in.totals.contains(c.name) ? valueText(c.type, in.totals.value(c.name)) : QString());
    if (!cells.isEmpty() && cells.first().isEmpty())
        cells.first() = Text::tr("Total");
    return cells;
}

// Natural widths of the columns, then fitted to the page: text columns give up or take the
// difference first, numbers keep their width while they can.
QList<qreal> columnWidths(const ReportPdfInput &in, const QFontMetricsF &fm, const QFontMetricsF &bold,
                          qreal available)
{
    const qreal padding = mm(2.4);
    QList<qreal> widths;
    const QStringList totals = totalsRow(in);
    for (qsizetype i = 0; i < in.columns.size(); ++i) {
        qreal w = bold.horizontalAdvance(in.columnTitles.value(i));
        w = qMax(w, bold.horizontalAdvance(totals.value(i)));
        for (const QCborValue &row : in.rows)
            w = qMax(w, fm.horizontalAdvance(cellText(in.columns.at(i), row.toMap())));
        widths.append(w + padding);
    }
    qreal total = 0, text = 0;
    for (qsizetype i = 0; i < widths.size(); ++i) {
        total += widths.at(i);
        if (!isNumeric(in.columns.at(i).type))
            text += widths.at(i);
    }
    const qreal difference = available - total;
    if (text > 0 && (difference > 0 || text + difference > mm(15) * widths.size())) {
        for (qsizetype i = 0; i < widths.size(); ++i)
            if (!isNumeric(in.columns.at(i).type))
                widths[i] += difference * widths.at(i) / text;
    } else if (total > 0) {
        for (qreal &w : widths)
            w *= available / total;
    }
    return widths;
}

Layout layoutOf(const ReportPdfInput &in, QPdfWriter &writer)
{
    Layout l;
    l.content = QRectF(QPointF(0, 0), writer.pageLayout().paintRectPixels(Resolution).size());
    l.titleFont = QFont(QStringLiteral("DejaVu Sans"), 14, QFont::Bold);
    l.textFont = QFont(QStringLiteral("DejaVu Sans"), 8);
    l.tableFont = QFont(QStringLiteral("DejaVu Sans"), 8);
    l.boldFont = l.tableFont;
    l.boldFont.setBold(true);
    const QFontMetricsF title(l.titleFont, &writer), text(l.textFont, &writer), table(l.tableFont, &writer),
        bold(l.boldFont, &writer);
    const qreal params = text.boundingRect(QRectF(0, 0, l.content.width(), 1e9), Qt::TextWordWrap, parameterText(in))
                             .height();
    l.headerHeight = title.lineSpacing() + params + text.lineSpacing() + mm(4);
    l.footerHeight = text.lineSpacing() + mm(2);
    l.chartHeight = in.chart ? mm(in.landscape ? 75 : 90) + mm(4) : 0;
    l.rowHeight = table.lineSpacing() * 1.45;
    l.widths = columnWidths(in, table, bold, l.content.width());
    const qreal tableSpace = l.content.height() - l.headerHeight - l.footerHeight - l.rowHeight;
    l.rowsFirst = qMax(0, int(std::floor((tableSpace - l.chartHeight) / l.rowHeight)));
    l.rowsOther = qMax(1, int(std::floor(tableSpace / l.rowHeight)));
    const qsizetype lines = in.rows.size() + (in.totals.isEmpty() ? 0 : 1);
    if (lines > l.rowsFirst)
        l.pages = 1 + int((lines - l.rowsFirst + l.rowsOther - 1) / l.rowsOther);
    return l;
}

qreal drawHeader(QPainter &p, const ReportPdfInput &in, const Layout &l)
{
    qreal y = 0;
    p.setFont(l.titleFont);
    const qreal titleHeight = QFontMetricsF(l.titleFont, p.device()).lineSpacing();
    p.drawText(QRectF(0, y, l.content.width(), titleHeight), Qt::AlignLeft | Qt::AlignVCenter, in.title);
    y += titleHeight;
    p.setFont(l.textFont);
    const QRectF params = p.boundingRect(QRectF(0, y, l.content.width(), 1e9), Qt::TextWordWrap, parameterText(in));
    p.drawText(QRectF(0, y, l.content.width(), params.height()), Qt::TextWordWrap, parameterText(in));
    y += params.height();
    const qreal line = QFontMetricsF(l.textFont, p.device()).lineSpacing();
    p.setPen(Qt::darkGray);
    p.drawText(QRectF(0, y, l.content.width(), line), Qt::AlignLeft | Qt::AlignVCenter, printedText(in));
    y += line + mm(1.5);
    p.drawLine(QPointF(0, y), QPointF(l.content.width(), y));
    p.setPen(Qt::black);
    return l.headerHeight;
}

void drawFooter(QPainter &p, const Layout &l, int page)
{
    p.setFont(l.textFont);
    p.setPen(Qt::darkGray);
    const QRectF box(0, l.content.height() - l.footerHeight + mm(2), l.content.width(), l.footerHeight - mm(2));
    p.drawText(box, Qt::AlignHCenter | Qt::AlignBottom, Text::tr("Page %1 of %2").arg(page).arg(l.pages));
    p.setPen(Qt::black);
}

void drawCells(QPainter &p, const ReportPdfInput &in, const Layout &l, qreal y, const QStringList &cells)
{
    const QFontMetricsF fm(p.font(), p.device());
    qreal x = 0;
    const qreal pad = mm(1.2);
    for (qsizetype i = 0; i < in.columns.size(); ++i) {
        const QRectF cell(x + pad, y, l.widths.at(i) - 2 * pad, l.rowHeight);
        p.drawText(cell, alignmentOf(in.columns.at(i)), fm.elidedText(cells.value(i), Qt::ElideRight, cell.width()));
        x += l.widths.at(i);
    }
}

void drawColumnHeader(QPainter &p, const ReportPdfInput &in, const Layout &l, qreal y)
{
    p.fillRect(QRectF(0, y, l.content.width(), l.rowHeight), QColor(225, 230, 238));
    p.setFont(l.boldFont);
    drawCells(p, in, l, y, in.columnTitles);
}

void drawChart(QPainter &p, const ReportPdfInput &in, const Layout &l, qreal y)
{
    const QPicture picture = chartPicture(*in.chart, QSizeF(l.content.width(), l.chartHeight - mm(4)));
    p.drawPicture(QPointF(0, y), picture);
}

} // namespace

ReportPdf reportPdf(const ReportPdfInput &in)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(Resolution);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageOrientation(in.landscape ? QPageLayout::Landscape : QPageLayout::Portrait);
    writer.setPageMargins(QMarginsF(MarginMm, MarginMm, MarginMm, MarginMm), QPageLayout::Millimeter);
    writer.setTitle(in.title);
    writer.setCreator(QStringLiteral("erp-server"));
    const Layout l = layoutOf(in, writer);

    QPainter p(&writer);
    const QStringList totals = totalsRow(in);
    qsizetype next = 0;
    for (int page = 1; page <= l.pages; ++page) {
        if (page > 1)
            writer.newPage();
        qreal y = drawHeader(p, in, l);
        if (page == 1 && in.chart) {
            drawChart(p, in, l, y);
            y += l.chartHeight;
        }
        drawColumnHeader(p, in, l, y);
        y += l.rowHeight;
        p.setFont(l.tableFont);
        const int capacity = page == 1 ? l.rowsFirst : l.rowsOther;
        for (int i = 0; i < capacity && next < in.rows.size(); ++i, ++next) {
            if (next % 2)
                p.fillRect(QRectF(0, y, l.content.width(), l.rowHeight), QColor(245, 246, 248));
            QStringList cells;
            const QCborMap row = in.rows.at(next).toMap();
            for (const erp::core::ReportColumn &c : in.columns)
                cells.append(cellText(c, row));
            drawCells(p, in, l, y, cells);
            y += l.rowHeight;
        }
        if (page == l.pages && !in.totals.isEmpty()) {
            p.drawLine(QPointF(0, y), QPointF(l.content.width(), y));
            p.setFont(l.boldFont);
            drawCells(p, in, l, y, totals);
        }
        drawFooter(p, l, page);
    }
    p.end();
    return {bytes, l.pages};
}

} // namespace erp::render
