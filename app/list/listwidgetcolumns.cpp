#include "listwidget.h"

#include "core/clientsession.h"
#include "listcolumns.h"
#include "listmodel.h"
#include "tablecopy.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMimeData>
#include <QTableView>

// The list's columns: which are shown and in what order (remembered per user), the header's
// menu to choose them, and copying the selected rows as those columns show them.
namespace erp::app {

void ListWidget::applyColumns(const QStringList &shown)
{
    m_applyingColumns = true;
    QHeaderView *header = m_view->horizontalHeader();
    QStringList known;
    for (const QString &name : shown)
        if (m_model->columnOf(name) >= 0 && !known.contains(name))
            known.append(name);
    if (known.isEmpty())
        known = m_defaultColumns;
    for (int i = 0; i < m_model->columnCount(); ++i)
        header->setSectionHidden(i, !known.contains(m_model->columns()[i].name));
    for (int position = 0; position < known.size(); ++position) {
        const int logical = m_model->columnOf(known[position]);
        header->moveSection(header->visualIndex(logical), position);
    }
    m_applyingColumns = false;
    updateTotals();
}

QStringList ListWidget::shownColumns() const
{
    const QHeaderView *header = m_view->horizontalHeader();
    QStringList shown;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            shown.append(m_model->columns()[logical].name);
    }
    return shown;
}

void ListWidget::saveColumns()
{
    if (m_mode == Mode::Browse)
        listcolumns::save(m_session->userLogin(), m_kind.name, shownColumns());
}

void ListWidget::setColumnShown(const QString &field, bool shown)
{
    const int logical = m_model->columnOf(field);
    if (logical < 0)
        return;
    QHeaderView *header = m_view->horizontalHeader();
    // One column always stays: a list without any would be empty.
    if (!shown && shownColumns().size() <= 1)
        return;
    header->setSectionHidden(logical, !shown);
    saveColumns();
    updateTotals();
}

void ListWidget::restoreDefaultColumns()
{
    listcolumns::reset(m_session->userLogin(), m_kind.name);
    applyColumns(m_defaultColumns);
}

QMenu *ListWidget::createColumnMenu(QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("columnMenu"));
    menu->setToolTipsVisible(true);
    const QStringList shown = shownColumns();
    for (const FieldInfo &f : m_model->columns()) {
        QAction *a = menu->addAction(f.title);
        a->setObjectName(QStringLiteral("column_") + f.name);
        a->setCheckable(true);
        a->setChecked(shown.contains(f.name));
        a->setEnabled(!(shown.size() == 1 && shown.contains(f.name)));
        connect(a, &QAction::toggled, this, [this, name = f.name](bool on) { setColumnShown(name, on); });
    }
    menu->addSeparator();
    QAction *reset = menu->addAction(tr("Default columns"));
    reset->setObjectName(QStringLiteral("defaultColumns"));
    connect(reset, &QAction::triggered, this, &ListWidget::restoreDefaultColumns);
    return menu;
}

void ListWidget::copySelection()
{
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        rows.append(index.row());
    if (rows.isEmpty() && m_view->currentIndex().isValid())
        rows.append(m_view->currentIndex().row());
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end());
    const QLocale locale;
    QStringList headers;
    QList<bool> numeric;
    QList<int> logical;
    for (const QString &name : shownColumns()) {
        const int column = m_model->columnOf(name);
        const FieldInfo &f = m_model->columns()[column];
        logical.append(column);
        headers.append(f.title);
        numeric.append(f.isNumeric() || f.type == QLatin1String("integer"));
    }
    QList<QStringList> table;
    for (int row : std::as_const(rows)) {
        QStringList cells;
        for (qsizetype i = 0; i < logical.size(); ++i) {
            QString text = m_model->index(row, logical[i]).data().toString();
            // Numbers as the locale writes them, without grouping, so that a spreadsheet reads a number.
            if (numeric[i])
                text.remove(locale.groupSeparator());
            cells.append(text);
        }
        table.append(cells);
    }
    QApplication::clipboard()->setMimeData(tableMimeData(headers, table, numeric));
    m_status->setText(rows.size() == 1 ? tr("1 row copied") : tr("%1 rows copied").arg(rows.size()));
}

} // namespace erp::app
