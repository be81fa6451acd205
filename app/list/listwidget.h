#pragma once

#include "core/kindinfo.h"

#include <QCborArray>
#include <QCborMap>
#include <QList>
#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QTableView;
class QTimer;
class QToolBar;
class QAction;
class QMenu;

namespace erp::app {

class ClientSession;
class ListModel;
class TotalsBar;
class TransitionActions;

// A catalog or document list: the lazy table, quick search as you type, groups, deletion marks,
// the workflow's transitions and history (documents), and the commands to create and open objects. In choose mode (for
// reference fields) Enter picks a row.
class ListWidget : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { Browse, Choose };

    // columns: the layout's (meta.form's list); the user's choice overrides them. filters: the
    // conditions the list starts with (a choice list of the partner's own).
    ListWidget(ClientSession *session, const KindInfo &kind, const QStringList &columns, Mode mode,
               QWidget *parent = nullptr, const QCborArray &filters = {});

    ListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }
    const KindInfo &kind() const { return m_kind; }
    qint64 currentId() const;
    void selectId(qint64 id);
    // Selects the row when the list shows it next (after loading).
    void keepSelected(qint64 id) { m_keepId = id; }
    void setFilters(const QCborArray &filters);
    TotalsBar *totalsBar() const { return m_totalsBar; }

    // The columns shown, in their order (field names); the user's choice is remembered.
    QStringList shownColumns() const;
    void setColumnShown(const QString &field, bool shown);
    void restoreDefaultColumns();
    // The header's menu: a check per column, and the default.
    QMenu *createColumnMenu(QWidget *parent);
    // The row's menu: the list's commands for the selected rows.
    QMenu *createContextMenu(QWidget *parent);
    // The selected rows as a table (shown columns, with their headers) on the clipboard.
    void copySelection();
    // Asks for a file and exports the whole list (its filter and sort, shown columns) to it.
    void exportList();
    // Exports to path (XLSX, or CSV when it ends in .csv) with a progress dialog; exportFinished follows.
    void exportTo(const QString &path);

Q_SIGNALS:
    void openRequested(const QString &kind, qint64 id);
    void createRequested(const QString &kind, bool group, qint64 parent);
    void chosen(qint64 id, const QString &name);
    // Before the row's context menu shows: more commands can be added (such as "Create based on").
    void contextMenuRequested(QMenu *menu, const QCborMap &row);
    void exportFinished(bool ok, const QString &message);

private:
    void createActions(QToolBar *toolbar);
    void createGroupActions(QToolBar *toolbar);
    void createWorkflowActions(QToolBar *toolbar);
    void setUpView();
    void activate(int row);
    void toggleDeletionMark();
    void runTransition(const QString &transition);
    void showHistory();
    void updateActions();
    void enterGroup(qint64 id, const QString &name);
    void leaveGroup();
    void updateBreadcrumb();
    void editFilter();
    void showFilter();
    void restoreAfterReset();
    void applyColumns(const QStringList &shown);
    void saveColumns();
    void updateTotals();
    bool eventFilter(QObject *watched, QEvent *event) override;

    ClientSession *m_session;
    KindInfo m_kind;
    Mode m_mode;
    ListModel *m_model;
    QTableView *m_view;
    QLineEdit *m_search;
    QLabel *m_breadcrumb;
    QLabel *m_status;
    QLabel *m_filterBar;
    QTimer *m_searchTimer;
    QTimer *m_refreshTimer;
    TotalsBar *m_totalsBar;
    QStringList m_defaultColumns;
    QAction *m_copyAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_createAction = nullptr;
    bool m_chooseWhenLoaded = false;
    bool m_applyingColumns = false;
    QAction *m_upAction = nullptr;
    QAction *m_hierarchyAction = nullptr;
    QAction *m_markAction = nullptr;
    QAction *m_historyAction = nullptr;
    TransitionActions *m_transitions = nullptr;
    QList<std::pair<qint64, QString>> m_groupPath;
    qint64 m_keepId = 0;
    bool m_jumpPending = false;
};

} // namespace erp::app
