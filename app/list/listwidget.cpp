#include "listwidget.h"

#include "connection.h"
#include "core/clientsession.h"
#include "filterdialog.h"
#include "form/historydialog.h"
#include "form/transitionactions.h"
#include "form/valuetext.h"
#include "listcolumns.h"
#include "listexport.h"
#include "listmodel.h"
#include "totalsbar.h"

#include <QAction>
#include <QApplication>
#include <QFontMetrics>
#include <QMenu>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QScrollBar>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace erp::app {

namespace {

QStringList namesOf(const QList<FieldInfo> &fields)
{
    QStringList names;
    for (const FieldInfo &f : fields)
        names.append(f.name);
    return names;
}

} // namespace

ListWidget::ListWidget(ClientSession *session, const KindInfo &kind, const QStringList &columns, Mode mode,
                       QWidget *parent, const QCborArray &filters)
    : QWidget(parent)
    , m_session(session)
    , m_kind(kind)
    , m_mode(mode)
    , m_model(new ListModel(session, kind, namesOf(listcolumns::available(kind, columns)), this))
    , m_view(new QTableView(this))
    , m_search(new QLineEdit(this))
    , m_breadcrumb(new QLabel(this))
    , m_status(new QLabel(this))
    , m_filterBar(new QLabel(this))
    , m_searchTimer(new QTimer(this))
    , m_refreshTimer(new QTimer(this))
    , m_totalsBar(new TotalsBar(m_view, this))
{
    const QList<FieldInfo> available = listcolumns::available(kind, columns);
    for (const FieldInfo &f : available)
        if (columns.contains(f.name))
            m_defaultColumns.append(f.name);
    if (m_defaultColumns.isEmpty())
        m_defaultColumns = namesOf(available.mid(0, 2));
    setObjectName(QStringLiteral("list_") + kind.name);
    auto *toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    createActions(toolbar);
    // Shortcuts of WidgetWithChildrenShortcut actions work where the action is added: the list.
    addActions(toolbar->actions());

    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(kind.isDocument ? tr("Search by number (Ctrl+F)")
                                                 : tr("Search by code, name, IČO, e-mail… (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    auto *focusSearch = new QAction(this);
    focusSearch->setShortcut(QKeySequence::Find);
    focusSearch->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(focusSearch, &QAction::triggered, m_search, [this] { m_search->setFocus(); m_search->selectAll(); });
    addAction(focusSearch);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, [this] { m_model->setSearchText(m_search->text()); });
    m_search->installEventFilter(this);

    setUpView();
    m_view->installEventFilter(this);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) { activate(index.row()); });
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (value == m_view->verticalScrollBar()->minimum() && m_model->canFetchAbove())
            m_model->fetchAbove();
    });
    connect(m_model, &ListModel::rowsPrepended, this, [this](int n) {
        m_view->verticalScrollBar()->setValue(m_view->verticalScrollBar()->value() + n);
    });
    connect(m_model, &ListModel::reset, this, &ListWidget::restoreAfterReset);
    connect(m_model, &ListModel::modelReset, this, &ListWidget::updateActions);
    connect(m_model, &ListModel::dataChanged, this, &ListWidget::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ListWidget::updateActions);
    connect(m_model, &ListModel::busyChanged, this, [this](bool busy) {
        m_status->setText(busy ? tr("Loading…") : QString());
    });
    connect(m_model, &ListModel::loadFailed, this, [this](const QString &message) { m_status->setText(message); });

    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(300);
    connect(m_refreshTimer, &QTimer::timeout, this, [this] {
        m_keepId = currentId();
        m_model->refresh();
    });
    connect(session, &ClientSession::objectChanged, this, [this](const QString &changedKind) {
        if (changedKind == m_kind.name)
            m_refreshTimer->start();
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(toolbar);
    layout->addWidget(m_search);
    layout->addWidget(m_breadcrumb);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_totalsBar);
    layout->addWidget(m_status);
    layout->setSpacing(2);
    connect(m_model, &ListModel::totalsChanged, this, &ListWidget::updateTotals);
    m_breadcrumb->setVisible(kind.hierarchical);
    m_status->setObjectName(QStringLiteral("status"));
    m_filterBar->setObjectName(QStringLiteral("filterBar"));
    m_filterBar->setTextFormat(Qt::RichText);
    m_filterBar->hide();
    connect(m_filterBar, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link == QLatin1String("clear"))
            m_model->setFilters({});
        else
            editFilter();
        showFilter();
    });

    if (!filters.isEmpty()) {
        // Set before the first request, which then asks for the filtered rows only.
        m_model->setInitialFilters(filters);
        showFilter();
    }
    if (kind.hierarchical && mode == Mode::Browse)
        m_model->setParentGroup(0);
    else
        m_model->reload();
    updateBreadcrumb();
    updateActions();
    setFocusProxy(m_view);
}

void ListWidget::createActions(QToolBar *toolbar)
{
    QStyle *style = QApplication::style();
    if (m_mode == Mode::Browse) {
        QAction *create = m_createAction = toolbar->addAction(style->standardIcon(QStyle::SP_FileIcon), tr("&Create"));
        create->setObjectName(QStringLiteral("create"));
        create->setShortcut(QKeySequence(Qt::Key_Insert));
        create->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        create->setToolTip(m_kind.isDocument ? tr("Create a new document (Ins)") : tr("Create a new object (Ins)"));
        connect(create, &QAction::triggered, this, [this] {
            Q_EMIT createRequested(m_kind.name, false, m_groupPath.isEmpty() ? 0 : m_groupPath.last().first);
        });
        if (m_kind.hierarchical) {
            QAction *createGroup = toolbar->addAction(style->standardIcon(QStyle::SP_FileDialogNewFolder), tr("Create &group"));
            createGroup->setObjectName(QStringLiteral("createGroup"));
            createGroup->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F9));
            createGroup->setShortcutContext(Qt::WidgetWithChildrenShortcut);
            connect(createGroup, &QAction::triggered, this, [this] {
                Q_EMIT createRequested(m_kind.name, true, m_groupPath.isEmpty() ? 0 : m_groupPath.last().first);
            });
        }
    }
    QAction *open = m_openAction = toolbar->addAction(style->standardIcon(QStyle::SP_DialogOpenButton),
                                       m_mode == Mode::Choose ? tr("C&hoose") : tr("&Open"));
    open->setObjectName(QStringLiteral("open"));
    open->setToolTip(m_mode == Mode::Choose ? tr("Choose the selected object (Enter)") : tr("Open the selected object (Enter)"));
    connect(open, &QAction::triggered, this, [this] { activate(m_view->currentIndex().row()); });
    if (m_mode == Mode::Browse) {
        if (m_kind.isDocument)
            createWorkflowActions(toolbar);
        // Documents: runs the workflow's transition that sets or clears the mark.
        m_markAction = toolbar->addAction(style->standardIcon(QStyle::SP_TrashIcon), tr("&Mark for deletion"));
        m_markAction->setObjectName(QStringLiteral("markDeleted"));
        m_markAction->setShortcut(QKeySequence(Qt::Key_Delete));
        m_markAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_markAction->setToolTip(tr("Mark or unmark the selected object for deletion (Del)"));
        connect(m_markAction, &QAction::triggered, this, &ListWidget::toggleDeletionMark);
    }
    QAction *refresh = toolbar->addAction(style->standardIcon(QStyle::SP_BrowserReload), tr("&Refresh"));
    refresh->setObjectName(QStringLiteral("refresh"));
    refresh->setShortcut(QKeySequence(Qt::Key_F5));
    refresh->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(refresh, &QAction::triggered, m_model, &ListModel::refresh);
    if (m_kind.hierarchical)
        createGroupActions(toolbar);
    QAction *filter = toolbar->addAction(style->standardIcon(QStyle::SP_FileDialogContentsView), tr("&Filter…"));
    filter->setObjectName(QStringLiteral("filter"));
    filter->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    filter->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    filter->setToolTip(tr("Show only the rows that meet conditions (Ctrl+Shift+F)"));
    connect(filter, &QAction::triggered, this, &ListWidget::editFilter);
    QAction *showDeleted = toolbar->addAction(tr("Show &marked"));
    showDeleted->setObjectName(QStringLiteral("showDeleted"));
    showDeleted->setCheckable(true);
    showDeleted->setChecked(true);
    showDeleted->setToolTip(tr("Show objects marked for deletion (struck out)"));
    connect(showDeleted, &QAction::toggled, m_model, &ListModel::setShowDeleted);
    m_copyAction = new QAction(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("&Copy rows"), this);
    m_copyAction->setObjectName(QStringLiteral("copyRows"));
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_copyAction->setToolTip(tr("Copy the selected rows as a table for a spreadsheet (Ctrl+C)"));
    connect(m_copyAction, &QAction::triggered, this, &ListWidget::copySelection);
    addAction(m_copyAction);
    m_exportAction = new QAction(tr("&Export…"), this);
    m_exportAction->setObjectName(QStringLiteral("export"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_exportAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_exportAction->setToolTip(tr("Export the whole list to an Excel or CSV file (Ctrl+Shift+E)"));
    connect(m_exportAction, &QAction::triggered, this, &ListWidget::exportList);
    addAction(m_exportAction);
}

void ListWidget::createGroupActions(QToolBar *toolbar)
{
    QStyle *style = QApplication::style();
    m_upAction = toolbar->addAction(style->standardIcon(QStyle::SP_FileDialogToParent), tr("&Up"));
    m_upAction->setObjectName(QStringLiteral("up"));
    m_upAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Up));
    m_upAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_upAction->setToolTip(tr("Back to the enclosing group (Ctrl+Up)"));
    connect(m_upAction, &QAction::triggered, this, &ListWidget::leaveGroup);
    m_hierarchyAction = toolbar->addAction(style->standardIcon(QStyle::SP_FileDialogListView), tr("&Groups"));
    m_hierarchyAction->setObjectName(QStringLiteral("hierarchy"));
    m_hierarchyAction->setCheckable(true);
    m_hierarchyAction->setChecked(true);
    m_hierarchyAction->setToolTip(tr("Show groups, or every object in one list"));
    connect(m_hierarchyAction, &QAction::toggled, this, [this](bool on) {
        m_groupPath.clear();
        m_model->setParentGroup(on ? std::optional<qint64>(0) : std::nullopt);
        updateBreadcrumb();
    });
}

// A command per transition of the workflow, except those of the deletion mark: Del runs them.
void ListWidget::createWorkflowActions(QToolBar *toolbar)
{
    m_transitions = new TransitionActions(m_kind.workflow, this, TransitionActions::DeletionMark::Skip);
    connect(m_transitions, &TransitionActions::triggered, this, &ListWidget::runTransition);
    m_historyAction = new QAction(QApplication::style()->standardIcon(QStyle::SP_FileDialogDetailedView), tr("&History"), this);
    m_historyAction->setObjectName(QStringLiteral("history"));
    m_historyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    m_historyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_historyAction->setToolTip(tr("Who moved the selected document from state to state, and when (Ctrl+H)"));
    connect(m_historyAction, &QAction::triggered, this, &ListWidget::showHistory);
    addAction(m_historyAction);
    // The list's toolbar is long already: History waits in the More menu (and on Ctrl+H).
    m_transitions->addTo(toolbar, nullptr, {m_historyAction});
}

void ListWidget::setUpView()
{
    m_view->setObjectName(QStringLiteral("table"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(m_mode == Mode::Choose ? QAbstractItemView::SingleSelection
                                                    : QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view->horizontalHeader(), &QHeaderView::customContextMenuRequested, this, [this](const QPoint &at) {
        QMenu *menu = createColumnMenu(this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(m_view->horizontalHeader()->mapToGlobal(at));
    });
    connect(m_view->horizontalHeader(), &QHeaderView::sectionMoved, this, [this] {
        if (!m_applyingColumns)
            saveColumns();
    });
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QTableView::customContextMenuRequested, this, [this](const QPoint &at) {
        const QModelIndex index = m_view->indexAt(at);
        if (index.isValid() && !m_view->selectionModel()->isRowSelected(index.row(), {}))
            m_view->selectRow(index.row());
        QMenu *menu = createContextMenu(this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(m_view->viewport()->mapToGlobal(at));
    });
    // The indicator shows the model's order: catalogs by name, documents newest first.
    int sortColumn = 0;
    for (int i = 0; i < m_model->columns().size(); ++i)
        if (m_model->columns()[i].name == m_model->sortField())
            sortColumn = i;
    const bool descending = m_model->columns().value(sortColumn).name == m_model->sortField() && m_model->sortDescending();
    m_view->horizontalHeader()->setSortIndicator(sortColumn, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    // Wide enough for the header and for a typical value: a whole code, 40 characters of a name.
    const QFontMetrics metrics = m_view->fontMetrics();
    for (int i = 0; i < m_model->columns().size(); ++i) {
        const FieldInfo &f = m_model->columns()[i];
        const int chars = f.name == QLatin1String("name")       ? 40
                          : f.type == QLatin1String("string")   ? qBound(6, f.length + 1, 20)
                          : f.type == QLatin1String("ref")      ? 22
                          : f.type == QLatin1String("datetime") ? 17
                                                                : 12;
        const int header = metrics.horizontalAdvance(f.title) + 32;
        m_view->setColumnWidth(i, qMax(header, metrics.horizontalAdvance(QLatin1Char('0')) * chars + 12));
    }
    const QStringList saved = m_mode == Mode::Browse ? listcolumns::load(m_session->userLogin(), m_kind.name) : QStringList();
    applyColumns(saved.isEmpty() ? m_defaultColumns : saved);
}

QMenu *ListWidget::createContextMenu(QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("rowMenu"));
    const QCborMap row = m_model->rowAt(m_view->currentIndex().row());
    menu->addAction(m_openAction);
    if (m_createAction)
        menu->addAction(m_createAction);
    menu->addAction(m_copyAction);
    menu->addAction(m_exportAction);
    if (m_mode == Mode::Browse) {
        menu->addSeparator();
        if (m_transitions)
            for (QAction *a : m_transitions->actions())
                if (a->isEnabled())
                    menu->addAction(a);
        if (m_markAction)
            menu->addAction(m_markAction);
        if (m_historyAction)
            menu->addAction(m_historyAction);
    }
    // The hook for commands of other parts ("Create based on").
    Q_EMIT contextMenuRequested(menu, row);
    menu->addSeparator();
    QMenu *columns = createColumnMenu(menu);
    columns->setTitle(tr("Columns"));
    menu->addMenu(columns);
    return menu;
}

void ListWidget::exportList()
{
    const QString path = askExportPath(this, m_kind.title);
    if (!path.isEmpty())
        exportTo(path);
}

void ListWidget::exportTo(const QString &path)
{
    erp::exporting::TableData table;
    for (const QString &name : shownColumns()) {
        const FieldInfo *f = m_kind.field(name);
        const std::optional<erp::exporting::ColumnType> type = f ? erp::exporting::columnTypeOf(f->type) : std::nullopt;
        if (!type)
            continue;
        erp::exporting::TableColumn column{f->name, f->title, *type, f->type == QLatin1String("money") ? 2 : f->scale};
        if (f->type == QLatin1String("enum"))
            m_session->enumeration(f->target, nullptr, [&column](const EnumInfo &e) {
                for (const auto &[value, title] : e.values)
                    column.labels.insert(value, title);
            });
        if (f->type == QLatin1String("boolean"))
            column.labels = {{QStringLiteral("true"), tr("Yes")}, {QStringLiteral("false"), tr("No")}};
        table.columns.append(column);
    }
    auto *job = new ListExport(m_session, m_model->listMethod(), m_model->listParams(), table, path, m_kind.title, this);
    auto *progress = new QProgressDialog(tr("Exporting %1…").arg(m_kind.title), tr("Cancel"), 0, 0, this);
    progress->setObjectName(QStringLiteral("exportProgress"));
    progress->setMinimumDuration(500);
    connect(progress, &QProgressDialog::canceled, job, &ListExport::cancel);
    connect(job, &ListExport::progress, progress, [progress](qint64 done, qint64 total) {
        progress->setMaximum(int(total));
        progress->setValue(int(qMin(done, total)));
    });
    connect(job, &ListExport::finished, this, [this, job, progress](bool ok, const QString &message) {
        progress->deleteLater();
        job->deleteLater();
        m_status->setText(message);
        Q_EMIT exportFinished(ok, message);
    });
    job->start();
}

void ListWidget::updateTotals()
{
    const std::optional<qint64> count = m_model->totalCount();
    const QLocale locale;
    const QString countText = count ? tr("Rows: %1").arg(locale.toString(*count)) : QString();
    QHash<int, QString> totals;
    const QCborMap sums = m_model->totals();
    for (auto it = sums.constBegin(); it != sums.constEnd(); ++it) {
        const int column = m_model->columnOf(it.key().toString());
        if (column >= 0)
            totals.insert(column, valueText(m_model->columns()[column], it.value(), locale));
    }
    m_totalsBar->setTotals(countText, totals);
}

void ListWidget::setFilters(const QCborArray &filters)
{
    m_model->setFilters(filters);
    showFilter();
}

qint64 ListWidget::currentId() const
{
    return m_model->idAt(m_view->currentIndex().row());
}

void ListWidget::selectId(qint64 id)
{
    const int row = m_model->rowOfId(id);
    if (row >= 0)
        m_view->selectRow(row);
}

void ListWidget::restoreAfterReset()
{
    if (m_chooseWhenLoaded) {
        m_chooseWhenLoaded = false;
        if (m_model->rowCount() > 0) {
            m_view->selectRow(0);
            activate(0);
            return;
        }
    }
    if (m_jumpPending) {
        m_jumpPending = false;
        const int last = m_model->rowCount() - 1;
        if (last >= 0) {
            m_view->selectRow(last);
            m_view->scrollToBottom();
        }
        return;
    }
    if (m_keepId) {
        const int row = m_model->rowOfId(m_keepId);
        m_keepId = 0;
        if (row >= 0) {
            m_view->selectRow(row);
            return;
        }
    }
    if (m_model->rowCount() > 0 && !m_view->currentIndex().isValid())
        m_view->selectRow(0);
}

void ListWidget::activate(int row)
{
    if (row < 0)
        return;
    const QCborMap rowData = m_model->rowAt(row);
    const qint64 id = rowData.value(QStringLiteral("id")).toInteger();
    if (rowData.value(QStringLiteral("is_group")).toBool() && m_model->parentGroup().has_value()) {
        enterGroup(id, rowData.value(QStringLiteral("name")).toString());
        return;
    }
    if (m_mode == Mode::Choose)
        Q_EMIT chosen(id, presentation(m_kind, rowData));
    else
        Q_EMIT openRequested(m_kind.name, id);
}

void ListWidget::toggleDeletionMark()
{
    const int row = m_view->currentIndex().row();
    if (row < 0)
        return;
    const QCborMap rowData = m_model->rowAt(row);
    const bool deleted = rowData.value(QStringLiteral("deleted")).toBool();
    const QString status = rowData.value(QStringLiteral("status")).toString();
    const WorkflowTransition *transition = m_kind.isDocument ? m_kind.workflow.deletionMarkTransition(!deleted) : nullptr;
    if (m_kind.isDocument && (!transition || !m_kind.workflow.canRun(*transition, status, deleted)))
        return;
    const QString name = presentation(m_kind, rowData);
    QString question = deleted ? tr("Remove the deletion mark from \"%1\"?").arg(name)
                               : tr("Mark \"%1\" for deletion?").arg(name);
    if (!deleted && m_kind.workflow.isPosted(status))
        question += u'\n' + tr("Its movements will be taken back.");
    if (QMessageBox::question(this, windowTitle(), question) != QMessageBox::Yes)
        return;
    QCborMap params;
    params.insert(QStringLiteral("kind"), m_kind.name);
    params.insert(QStringLiteral("id"), rowData.value(QStringLiteral("id")));
    params.insert(QStringLiteral("version"), rowData.value(QStringLiteral("version")));
    if (transition)
        params.insert(QStringLiteral("transition"), transition->name);
    else
        params.insert(QStringLiteral("deleted"), !deleted);
    m_keepId = rowData.value(QStringLiteral("id")).toInteger();
    const QString method = m_kind.isDocument ? QStringLiteral("document.transition") : QStringLiteral("catalog.setDeleted");
    m_session->call(method, params, this, [this](const erp::client::Reply &r) {
        if (!r.ok)
            QMessageBox::warning(this, windowTitle(), r.error.message);
        m_model->refresh();
    });
}

void ListWidget::runTransition(const QString &name)
{
    const QCborMap rowData = m_model->rowAt(m_view->currentIndex().row());
    const WorkflowTransition *t = m_kind.workflow.transition(name);
    if (rowData.isEmpty() || !t
        || !m_kind.workflow.canRun(*t, rowData.value(QStringLiteral("status")).toString(),
                                   rowData.value(QStringLiteral("deleted")).toBool()))
        return;
    QCborMap params;
    params.insert(QStringLiteral("kind"), m_kind.name);
    params.insert(QStringLiteral("id"), rowData.value(QStringLiteral("id")));
    params.insert(QStringLiteral("version"), rowData.value(QStringLiteral("version")));
    params.insert(QStringLiteral("transition"), name);
    m_keepId = rowData.value(QStringLiteral("id")).toInteger();
    m_session->call(QStringLiteral("document.transition"), params, this, [this](const erp::client::Reply &r) {
        if (!r.ok)
            QMessageBox::warning(this, windowTitle(), r.error.message);
        m_model->refresh();
    });
}

void ListWidget::showHistory()
{
    const QCborMap rowData = m_model->rowAt(m_view->currentIndex().row());
    if (rowData.isEmpty() || !m_kind.isDocument)
        return;
    auto *dialog = new HistoryDialog(m_session, m_kind, rowData.value(QStringLiteral("id")).toInteger(),
                                     tr("%1 %2", "document kind, document").arg(m_kind.title, presentation(m_kind, rowData)), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ListWidget::updateActions()
{
    if (!m_kind.isDocument || !m_markAction)
        return;
    const QCborMap row = m_model->rowAt(m_view->currentIndex().row());
    const QString status = row.value(QStringLiteral("status")).toString();
    const bool deleted = row.value(QStringLiteral("deleted")).toBool();
    m_transitions->update(status, deleted, !row.isEmpty());
    const WorkflowTransition *mark = m_kind.workflow.deletionMarkTransition(!deleted);
    m_markAction->setEnabled(!row.isEmpty() && mark && m_kind.workflow.canRun(*mark, status, deleted));
    m_historyAction->setEnabled(!row.isEmpty());
}

void ListWidget::enterGroup(qint64 id, const QString &name)
{
    m_groupPath.append({id, name});
    m_model->setParentGroup(id);
    updateBreadcrumb();
}

void ListWidget::leaveGroup()
{
    if (m_groupPath.isEmpty())
        return;
    const qint64 left = m_groupPath.takeLast().first;
    m_keepId = left;
    m_model->setParentGroup(m_groupPath.isEmpty() ? 0 : m_groupPath.last().first);
    updateBreadcrumb();
}

void ListWidget::updateBreadcrumb()
{
    if (!m_kind.hierarchical)
        return;
    QStringList parts{m_kind.title};
    for (const auto &[id, name] : std::as_const(m_groupPath))
        parts.append(name);
    const bool grouped = m_model->parentGroup().has_value();
    m_breadcrumb->setText(grouped ? parts.join(QStringLiteral(" › ")) : tr("%1: all objects").arg(m_kind.title));
    if (m_upAction)
        m_upAction->setEnabled(grouped && !m_groupPath.isEmpty());
}

void ListWidget::editFilter()
{
    FilterDialog dialog(m_session, m_kind, m_model->filters(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_model->setFilters(dialog.filters());
    showFilter();
}

void ListWidget::showFilter()
{
    const QCborArray filters = m_model->filters();
    m_filterBar->setVisible(!filters.isEmpty());
    if (filters.isEmpty())
        return;
    m_filterBar->setText(tr("Filter: %1 — <a href=\"edit\">change</a> · <a href=\"clear\">clear</a>")
                             .arg(FilterDialog::describe(m_kind, filters, m_session).toHtmlEscaped()));
}

bool ListWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_search && (key->key() == Qt::Key_Down || key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
        const bool enter = key->key() != Qt::Key_Down;
        if (m_searchTimer->isActive()) {
            m_searchTimer->stop();
            m_model->setSearchText(m_search->text());
        }
        if (enter && m_mode == Mode::Choose) {
            // Enter in a choice list takes the highlighted row (the first one found), at once or
            // as soon as the search's answer is there.
            if (m_model->isBusy()) {
                m_chooseWhenLoaded = true;
                return true;
            }
            if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0)
                m_view->selectRow(0);
            activate(m_view->currentIndex().row());
            return true;
        }
        m_view->setFocus();
        if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0)
            m_view->selectRow(0);
        return true;
    }
    if (watched == m_view) {
        if (key->matches(QKeySequence::Copy)) {
            // The view itself would copy the current cell only.
            copySelection();
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            activate(m_view->currentIndex().row());
            return true;
        }
        if (key->key() == Qt::Key_End && key->modifiers() & Qt::ControlModifier && m_model->hasMoreBelow()) {
            m_jumpPending = true;
            m_model->jumpToEnd();
            return true;
        }
        if (key->key() == Qt::Key_Backspace && !m_groupPath.isEmpty()) {
            leaveGroup();
            return true;
        }
        if (!key->text().isEmpty() && key->text().at(0).isLetterOrNumber() && key->modifiers() == Qt::NoModifier) {
            // Typing in the list starts a search, as clerks expect.
            m_search->setFocus();
            m_search->setText(key->text());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace erp::app
