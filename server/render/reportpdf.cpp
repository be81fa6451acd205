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
#include <numeric>

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
constexpr qreal MinTablePoints = 5;

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
    qreal titleRowHeight = 0; // the column titles: two lines where one is cut otherwise
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

struct ColumnWidths
{
    QList<qreal> natural; // the widest of title, values and total
    QList<qreal> content; // the values, the total and the title's longest word (the title wrapped)
    QList<qreal> least;   // what the column cannot give up: a number's content, 15 mm of text
    qreal leastTotal() const { return std::accumulate(least.begin(), least.end(), qreal(0)); }
};

ColumnWidths measureColumns(const ReportPdfInput &in, const QFontMetricsF &fm, const QFontMetricsF &bold)
{
    const qreal padding = mm(2.4);
    ColumnWidths out;
    const QStringList totals = totalsRow(in);
    for (qsizetype i = 0; i < in.columns.size(); ++i) {
        qreal values = bold.horizontalAdvance(totals.value(i));
        for (const QCborValue &row : in.rows)
            values = qMax(values, fm.horizontalAdvance(cellText(in.columns.at(i), row.toMap())));
        const qreal natural = qMax(values, bold.horizontalAdvance(in.columnTitles.value(i))) + padding;
        out.natural.append(natural);
        // A number's column keeps its values and the longest word of its title ("Won", "Lost").
        qreal word = 0;
        for (const QString &w : in.columnTitles.value(i).split(u' ', Qt::SkipEmptyParts))
            word = qMax(word, bold.horizontalAdvance(w));
        const qreal content = qMax(values, word) + padding;
        out.content.append(content);
        out.least.append(isNumeric(in.columns.at(i).type) ? content : qMin(content, mm(15)));
    }
    return out;
}

// The natural widths fitted to the page: text columns take what is left over. Where the page is
// too narrow the titles wrap first, then text columns give up part of their values (cut with an
// ellipsis), never a number.
QList<qreal> columnWidths(const ReportPdfInput &in, const ColumnWidths &m, qreal available)
{
    QList<qreal> widths = m.natural;
    qreal total = 0, text = 0;
    for (qsizetype i = 0; i < widths.size(); ++i) {
        total += widths.at(i);
        if (!isNumeric(in.columns.at(i).type))
            text += widths.at(i);
    }
    if (total <= available) {
        if (text > 0) {
            for (qsizetype i = 0; i < widths.size(); ++i)
                if (!isNumeric(in.columns.at(i).type))
                    widths[i] += (available - total) * widths.at(i) / text;
        } else if (total > 0) {
            for (qreal &w : widths)
                w *= available / total;
        }
        return widths;
    }
    // Titles wrap first; then text gives up what it must.
    const qreal content = std::accumulate(m.content.begin(), m.content.end(), qreal(0));
    if (content <= available) {
        const qreal share = (total - available) / (total - content);
        for (qsizetype i = 0; i < widths.size(); ++i)
            widths[i] -= (m.natural.at(i) - m.content.at(i)) * share;
        return widths;
    }
    const qreal least = m.leastTotal();
    if (least >= available) { // the smallest font does not fit either: everything in proportion
        for (qsizetype i = 0; i < widths.size(); ++i)
            widths[i] = m.least.at(i) * available / least;
        return widths;
    }
    const qreal share = (content - available) / (content - least);
    for (qsizetype i = 0; i < widths.size(); ++i)
        widths[i] = m.content.at(i) - (m.content.at(i) - m.least.at(i)) * share;
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
    // Numbers are never cut: where they do not fit, the table's font shrinks (to 5 pt at least).
    ColumnWidths measured = measureColumns(in, table, bold);
    while (measured.leastTotal() > l.content.width() && l.tableFont.pointSizeF() > MinTablePoints) {
        const qreal size = qMax(MinTablePoints, l.tableFont.pointSizeF() * 0.95 * l.content.width() / measured.leastTotal());
        l.tableFont.setPointSizeF(size);
        l.boldFont.setPointSizeF(size);
        measured = measureColumns(in, QFontMetricsF(l.tableFont, &writer), QFontMetricsF(l.boldFont, &writer));
    }
    l.rowHeight = QFontMetricsF(l.tableFont, &writer).lineSpacing() * 1.45;
    l.widths = columnWidths(in, measured, l.content.width());
    l.titleRowHeight = l.rowHeight;
    const QFontMetricsF titles(l.boldFont, &writer);
    for (qsizetype i = 0; i < l.widths.size(); ++i)
        if (titles.horizontalAdvance(in.columnTitles.value(i)) > l.widths.at(i) - mm(2.4))
            l.titleRowHeight = titles.lineSpacing() * 2 + l.rowHeight - titles.lineSpacing();
    const qreal tableSpace = l.content.height() - l.headerHeight - l.footerHeight - l.titleRowHeight;
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
    p.fillRect(QRectF(0, y, l.content.width(), l.titleRowHeight), QColor(225, 230, 238));
    p.setFont(l.boldFont);
    const QFontMetricsF fm(p.font(), p.device());
    qreal x = 0;
    const qreal pad = mm(1.2);
    for (qsizetype i = 0; i < in.columns.size(); ++i) {
        const QRectF cell(x + pad, y, l.widths.at(i) - 2 * pad, l.titleRowHeight);
        const QString title = in.columnTitles.value(i);
        // Wrapped at its spaces; one that still does not fit is cut with an ellipsis.
        const QRectF wrapped = fm.boundingRect(cell, Qt::TextWordWrap, title);
        if (wrapped.height() <= cell.height() + 0.5 && wrapped.width() <= cell.width() + 0.5)
            p.drawText(cell, alignmentOf(in.columns.at(i)) | Qt::TextWordWrap, title);
        else
            p.drawText(cell, alignmentOf(in.columns.at(i)), fm.elidedText(title, Qt::ElideRight, cell.width()));
        x += l.widths.at(i);
    }
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
        y += l.titleRowHeight;
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
