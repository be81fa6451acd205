#pragma once

#include <QHash>
#include <QWidget>

class QTableView;

namespace erp::app {

// The line under a list's table: the row count, and each column's total right under the
// column (kept aligned when columns are resized, moved, hidden or scrolled).
class TotalsBar : public QWidget
{
    Q_OBJECT

public:
    explicit TotalsBar(QTableView *view, QWidget *parent = nullptr);

    // Totals by logical column, as shown.
    void setTotals(const QString &count, const QHash<int, QString> &totals);
    QString countText() const { return m_count; }
    QString totalAt(int column) const { return m_totals.value(column); }

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QTableView *m_view;
    QString m_count;
    QHash<int, QString> m_totals;
};

} // namespace erp::app
