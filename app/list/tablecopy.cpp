#include "tablecopy.h"

#include <QMimeData>

namespace erp::app {

namespace {

QString plainCell(const QString &text)
{
    QString cell = text;
    cell.replace(u'\t', u' ').replace(u'\n', u' ').replace(u'\r', u' ');
    return cell;
}

} // namespace

QMimeData *tableMimeData(const QStringList &headers, const QList<QStringList> &rows, const QList<bool> &numeric)
{
    QStringList lines;
    QStringList cells;
    for (const QString &h : headers)
        cells.append(plainCell(h));
    lines.append(cells.join(u'\t'));
    QString html = QStringLiteral("<html><head><meta charset=\"utf-8\"></head><body><table border=\"1\">\n<tr>");
    for (const QString &h : headers)
        html += QStringLiteral("<th>%1</th>").arg(h.toHtmlEscaped());
    html += QStringLiteral("</tr>\n");
    for (const QStringList &row : rows) {
        cells.clear();
        html += QStringLiteral("<tr>");
        for (qsizetype i = 0; i < row.size(); ++i) {
            cells.append(plainCell(row[i]));
            html += numeric.value(i) ? QStringLiteral("<td align=\"right\">%1</td>").arg(row[i].toHtmlEscaped())
                                     : QStringLiteral("<td>%1</td>").arg(row[i].toHtmlEscaped());
        }
        html += QStringLiteral("</tr>\n");
        lines.append(cells.join(u'\t'));
    }
    html += QStringLiteral("</table></body></html>");
    auto *data = new QMimeData;
    data->setText(lines.join(u'\n') + u'\n');
    data->setHtml(html);
    return data;
}

} // namespace erp::app
