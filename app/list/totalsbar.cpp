#include "totalsbar.h"

#include <QHeaderView>
#include <QPainter>
#include <QScrollBar>
#include <QTableView>

namespace erp::app {

TotalsBar::TotalsBar(QTableView *view, QWidget *parent) : QWidget(parent), m_view(view)
{
    setObjectName(QStringLiteral("totals"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    QHeaderView *header = view->horizontalHeader();
    auto repaint = [this] { update(); };
    connect(header, &QHeaderView::sectionResized, this, repaint);
    connect(header, &QHeaderView::sectionMoved, this, repaint);
    connect(header, &QHeaderView::geometriesChanged, this, repaint);
    connect(view->horizontalScrollBar(), &QScrollBar::valueChanged, this, repaint);
}

void TotalsBar::setTotals(const QString &count, const QHash<int, QString> &totals)
{
    m_count = count;
    m_totals = totals;
    setToolTip(count);
    update();
}

QSize TotalsBar::sizeHint() const
{
    return {100, fontMetrics().height() + 10};
}

void TotalsBar::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().window());
    p.setPen(palette().mid().color());
    p.drawLine(0, 0, width(), 0);
    p.setPen(palette().windowText().color());
    QFont bold = font();
    bold.setBold(true);
    const QHeaderView *header = m_view->horizontalHeader();
    // The view's cells start at its viewport, inside the frame.
    const int offset = mapFromGlobal(m_view->viewport()->mapToGlobal(QPoint(0, 0))).x();
    const int padding = 6;
    int firstFree = -1; // where the count goes: the first visible column without a total
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (header->isSectionHidden(logical))
            continue;
        const QRect cell(offset + header->sectionViewportPosition(logical) + padding, 0,
                         header->sectionSize(logical) - 2 * padding, height());
        const QString total = m_totals.value(logical);
        if (total.isEmpty()) {
            if (firstFree < 0)
                firstFree = logical;
            continue;
        }
        p.setFont(bold);
        p.drawText(cell, Qt::AlignRight | Qt::AlignVCenter, total);
    }
    p.setFont(font());
    if (firstFree >= 0)
        p.drawText(QRect(offset + header->sectionViewportPosition(firstFree) + padding, 0,
                         qMax(header->sectionSize(firstFree) - 2 * padding, fontMetrics().horizontalAdvance(m_count)), height()),
                   Qt::AlignLeft | Qt::AlignVCenter, m_count);
    else
        p.drawText(rect().adjusted(padding, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, m_count);
}

} // namespace erp::app
