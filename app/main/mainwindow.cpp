#include "mainwindow.h"

#include "admin/formsettingsdialog.h"
#include "admin/optionsview.h"
#include "connection.h"
#include "core/clientsession.h"
#include "crm/mytasksview.h"
#include "crm/pipelineview.h"
#include "reports/reportview.h"
#include "crm/reminderbar.h"
#include "form/basedoncommand.h"
#include "form/objectform.h"
#include "list/listmodel.h"
#include "list/choicedialog.h"
#include "list/listwidget.h"
#include "settings/settingsdialog.h"

#include <QAction>
#include <QApplication>
#include <QCborArray>
#include <QCloseEvent>
#include <QDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace erp::app {

using erp::client::Reply;

namespace {
constexpr int KindRole = Qt::UserRole + 1;
constexpr int CommandRole = Qt::UserRole + 2;
// On a tab: the kind it shows (lists and forms know theirs; command tabs get it from their spec).
constexpr const char *TabKindProperty = "erpKind";
constexpr const char *SwitchedOffProperty = "erpSwitchedOff";
} // namespace

MainWindow::MainWindow(ClientSession *session, QWidget *parent)
    : QMainWindow(parent), m_session(session), m_navigation(new QTreeWidget), m_tabs(new QTabWidget),
      m_userLabel(new QLabel), m_serverLabel(new QLabel), m_reminders(new ReminderBar(session, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("ERP"));
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setHeaderHidden(true);
    m_navigation->setRootIsDecorated(true);
    m_navigation->setMinimumWidth(200);
    connect(m_navigation, &QTreeWidget::itemActivated, this, &MainWindow::activateItem);
    connect(m_navigation, &QTreeWidget::itemClicked, this, &MainWindow::activateItem);

    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setDocumentMode(true);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeTab);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({220, 1000});
    // Reminders above the work, never in its way.
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(2);
    centralLayout->addWidget(m_reminders);
    centralLayout->addWidget(splitter, 1);
    setCentralWidget(central);
    connect(m_reminders, &ReminderBar::openRequested, this, [this](const QString &kind, qint64 id) { openForm(kind, id); });

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *settings = file->addAction(tr("&Settings…"));
    connect(settings, &QAction::triggered, this, [this] { SettingsDialog(this).exec(); });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);
    QMenu *window = menuBar()->addMenu(tr("&Window"));
    QAction *closeTabAction = window->addAction(tr("&Close tab"));
    closeTabAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_W));
    connect(closeTabAction, &QAction::triggered, this, [this] { closeTab(m_tabs->currentIndex()); });
    QAction *next = window->addAction(tr("&Next tab"));
    next->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Tab));
    connect(next, &QAction::triggered, this, [this] {
        if (m_tabs->count() > 0)
            m_tabs->setCurrentIndex((m_tabs->currentIndex() + 1) % m_tabs->count());
    });
    QAction *goNavigation = window->addAction(tr("&Sections"));
    goNavigation->setShortcut(QKeySequence(Qt::ALT | Qt::Key_1));
    connect(goNavigation, &QAction::triggered, m_navigation, qOverload<>(&QWidget::setFocus));

    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    m_serverLabel->setObjectName(QStringLiteral("serverLabel"));
    statusBar()->addWidget(m_userLabel);
    statusBar()->addPermanentWidget(m_reminders->countLabel());
    statusBar()->addPermanentWidget(m_serverLabel);
    m_userLabel->setText(tr("User: %1 (%2)").arg(session->userName(), session->userLogin()));
    m_serverLabel->setText(tr("Server: %1 — %2").arg(session->serverAddress(), session->serverName()));
    connect(session, &ClientSession::connectionLost, this, [this](const QString &reason) {
        m_serverLabel->setText(tr("Disconnected: %1").arg(reason));
        m_serverLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
        QMessageBox::warning(this, windowTitle(), reason + u'\n' + tr("Save your work elsewhere and log in again."));
    });
    session->chooseObject = [this](QWidget *owner, const ChoiceRequest &request, std::function<void(qint64, const QString &)> done) {
        chooseObject(owner, request, std::move(done));
    };
    connect(session, &ClientSession::metadataChanged, this, &MainWindow::followMetadata);
    resize(1280, 800);
    loadNavigation([this] {
        m_ready = true;
        Q_EMIT ready();
    });
}

void MainWindow::loadNavigation(std::function<void()> done)
{
    const int generation = ++m_navigationGeneration;
    m_session->call(QStringLiteral("meta.navigation"), {}, this, [this, generation, done](const Reply &r) {
        if (generation != m_navigationGeneration)
            return;
        if (!r.ok) {
            statusBar()->showMessage(r.error.message);
            return;
        }
        // Read again: the item the user stood on stays current when it is still there.
        const QTreeWidgetItem *was = m_navigation->currentItem();
        const QString wasKind = was ? was->data(0, KindRole).toString() : QString();
        const QString wasCommand = was ? was->data(0, CommandRole).toString() : QString();
        const QString wasSection = was && !was->parent() ? was->data(0, Qt::UserRole).toString() : QString();
        const bool hadFocus = m_navigation->hasFocus();
        m_navigation->clear();
        m_commands.clear();
        QTreeWidgetItem *current = nullptr;
        QStyle *style = QApplication::style();
        for (const QCborValue &s : r.result.toMap().value(QStringLiteral("sections")).toArray()) {
            const QCborMap section = s.toMap();
            auto *top = new QTreeWidgetItem(m_navigation, {section.value(QStringLiteral("title")).toString()});
            top->setData(0, Qt::UserRole, section.value(QStringLiteral("name")).toString());
            top->setIcon(0, style->standardIcon(QStyle::SP_DirIcon));
            QFont bold = top->font(0);
            bold.setBold(true);
            top->setFont(0, bold);
            if (!wasSection.isEmpty() && wasSection == top->data(0, Qt::UserRole).toString())
                current = top;
            for (const QCborValue &i : section.value(QStringLiteral("items")).toArray()) {
                const QCborMap item = i.toMap();
                auto *child = new QTreeWidgetItem(top, {item.value(QStringLiteral("title")).toString()});
                // A catalog or a document: both open a list; meta.describe tells them apart.
                const bool document = item.contains(QStringLiteral("document"));
                child->setData(0, KindRole, item.value(document ? QStringLiteral("document") : QStringLiteral("catalog")).toString());
                // A report opens as a command of its own: "report:<name>".
                const QString command = item.contains(QStringLiteral("report"))
                                            ? QStringLiteral("report:") + item.value(QStringLiteral("report")).toString()
                                            : item.value(QStringLiteral("command")).toString();
                child->setData(0, CommandRole, command);
                if (!command.isEmpty())
                    m_commands.insert(command, item);
                child->setIcon(0, style->standardIcon(!command.isEmpty() ? QStyle::SP_FileDialogDetailedView
                                                      : document                              ? QStyle::SP_FileIcon
                                                                                              : QStyle::SP_FileDialogListView));
                if ((!wasKind.isEmpty() && wasKind == child->data(0, KindRole).toString())
                    || (!wasCommand.isEmpty() && wasCommand == child->data(0, CommandRole).toString()))
                    current = child;
            }
        }
        m_navigation->expandAll();
        if (current)
            m_navigation->setCurrentItem(current);
        if (hadFocus)
            m_navigation->setFocus();
        if (done)
            done();
    });
}

// The session has read its metadata again: the sections, then the tabs.
void MainWindow::followMetadata()
{
    loadNavigation([this] {
        QStringList kinds;
        for (int i = 0; i < m_tabs->count(); ++i)
            if (const QString kind = kindOfTab(m_tabs->widget(i)); !kind.isEmpty() && !kinds.contains(kind))
                kinds.append(kind);
        m_session->switchedOffKinds(kinds, this, [this](const QSet<QString> &off) {
            closeSwitchedOff(off);
            refreshLists();
            Q_EMIT metadataFollowed();
        });
    });
}

QString MainWindow::kindOfTab(QWidget *tab) const
{
    if (auto *list = qobject_cast<ListWidget *>(tab))
        return list->kind().name;
    if (auto *form = qobject_cast<ObjectForm *>(tab))
        return form->kindName();
    return tab->property(TabKindProperty).toString();
}

// Tabs of a kind switched off close, saying so in the status bar; a form with unsaved changes
// stays open, marked, and the user is told why (it cannot be saved until the kind is back).
// A command the sections no longer offer closes too.
void MainWindow::closeSwitchedOff(const QSet<QString> &off)
{
    QStringList closed;
    QStringList kept;
    for (int i = m_tabs->count() - 1; i >= 0; --i) {
        QWidget *w = m_tabs->widget(i);
        const QString kind = kindOfTab(w);
        const QString command = w->property("erpCommand").toString();
        const bool gone = (!kind.isEmpty() && off.contains(kind)) || (!command.isEmpty() && !m_commands.contains(command));
        const QString title = m_tabs->tabText(i);
        if (!gone) {
            if (w->property(SwitchedOffProperty).toBool()) {
                w->setProperty(SwitchedOffProperty, false);
                m_tabs->setTabText(i, w->property("erpTitleBefore").toString());
                m_tabs->setTabToolTip(i, QString());
            }
            continue;
        }
        if (auto *form = qobject_cast<ObjectForm *>(w); form && form->isModified()) {
            // Told once: reading the metadata again for another reason says nothing new.
            if (!w->property(SwitchedOffProperty).toBool()) {
                w->setProperty(SwitchedOffProperty, true);
                w->setProperty("erpTitleBefore", title);
                m_tabs->setTabText(i, tr("%1 (switched off)").arg(title));
                m_tabs->setTabToolTip(i, tr("This part of the system was switched off by an administrator. The form "
                                            "keeps what you typed, but it cannot be saved until the part is "
                                            "switched on again."));
                kept.prepend(title);
            }
            continue;
        }
        closed.prepend(title);
        m_tabs->removeTab(i);
        w->deleteLater();
    }
    QStringList message;
    if (!closed.isEmpty())
        message.append(tr("Switched off by an administrator, closed: %1.").arg(closed.join(QStringLiteral(", "))));
    if (!kept.isEmpty())
        message.append(tr("Switched off, kept open for the unsaved changes (they cannot be saved now): %1.")
                           .arg(kept.join(QStringLiteral(", "))));
    if (!message.isEmpty())
        statusBar()->showMessage(message.join(u' '));
}

// A list whose kind gained or lost fields (an additional attribute, a field of an option) is
// opened again in its place; lists hold nothing the user typed.
void MainWindow::refreshLists()
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *list = qobject_cast<ListWidget *>(m_tabs->widget(i));
        if (!list)
            continue;
        m_session->describe(list->kind().name, this, [this, list](const KindInfo &info) {
            const int index = m_tabs->indexOf(list);
            if (index < 0)
                return;
            QStringList before;
            QStringList now;
            for (const FieldInfo &f : list->kind().fields)
                before.append(f.name);
            for (const FieldInfo &f : info.fields)
                now.append(f.name);
            if (before == now)
                return;
            QCborMap params;
            params.insert(QStringLiteral("kind"), info.name);
            m_session->call(QStringLiteral("meta.form"), params, this, [this, list, info](const Reply &r) {
                const int at = m_tabs->indexOf(list);
                if (at < 0 || !r.ok)
                    return;
                const bool wasCurrent = m_tabs->currentWidget() == list;
                QStringList columns;
                for (const QCborValue &c : r.result.toMap().value(QStringLiteral("base")).toMap().value(QStringLiteral("list")).toArray())
                    columns.append(c.toString());
                m_tabs->removeTab(at);
                list->deleteLater();
                ListWidget *fresh = createList(info, columns, at);
                if (wasCurrent)
                    m_tabs->setCurrentWidget(fresh);
                Q_EMIT listOpened(fresh);
            });
        });
    }
}

void MainWindow::activateItem(QTreeWidgetItem *item)
{
    const QString kind = item->data(0, KindRole).toString();
    const QString command = item->data(0, CommandRole).toString();
    if (!kind.isEmpty())
        openList(kind);
    else if (!command.isEmpty())
        runCommand(command, m_commands.value(command));
}

bool MainWindow::runCommand(const QString &command)
{
    if (!m_commands.contains(command))
        return false;
    runCommand(command, m_commands.value(command));
    return true;
}

void MainWindow::runCommand(const QString &command, const QCborMap &spec)
{
    const QString title = spec.value(QStringLiteral("title")).toString();
    if (command.startsWith(QLatin1String("report:"))) {
        if (QWidget *existing = commandTab(command)) {
            m_tabs->setCurrentWidget(existing);
            existing->setFocus();
            return;
        }
        auto *view = new ReportView(m_session, spec.value(QStringLiteral("report")).toString());
        view->setProperty("erpCommand", command);
        showTab(view, title);
    } else if (command == QLatin1String("formSettings")) {
        FormSettingsDialog(m_session, this).exec();
    } else if (command == QLatin1String("functionalOptions")) {
        if (QWidget *existing = commandTab(QStringLiteral("functionalOptions"))) {
            m_tabs->setCurrentWidget(existing);
            existing->setFocus();
            return;
        }
        auto *view = new OptionsView(m_session);
        view->setProperty("erpCommand", command);
        showTab(view, title);
    } else if (command == QLatin1String("pipeline")) {
        if (QWidget *existing = commandTab(QStringLiteral("pipeline"))) {
            m_tabs->setCurrentWidget(existing);
            return;
        }
        auto *view = new PipelineView(m_session, spec);
        view->setProperty(TabKindProperty, spec.value(QStringLiteral("kind")).toString());
        view->setProperty("erpCommand", command);
        connect(view, &PipelineView::openRequested, this, [this](const QString &k, qint64 id) { openForm(k, id); });
        showTab(view, title);
    } else if (command == QLatin1String("myTasks")) {
        if (QWidget *existing = commandTab(QStringLiteral("myTasks"))) {
            m_tabs->setCurrentWidget(existing);
            return;
        }
        auto *view = new MyTasksView(m_session, spec);
        view->setProperty(TabKindProperty, spec.value(QStringLiteral("kind")).toString());
        view->setProperty("erpCommand", command);
        connect(view, &MyTasksView::openRequested, this, [this](const QString &k, qint64 id) { openForm(k, id); });
        showTab(view, title);
        view->view()->setFocus();
    }
}

QWidget *MainWindow::commandTab(const QString &objectName) const
{
    for (int i = 0; i < m_tabs->count(); ++i)
        if (m_tabs->widget(i)->objectName() == objectName)
            return m_tabs->widget(i);
    return nullptr;
}

void MainWindow::showTab(QWidget *widget, const QString &title)
{
    m_tabs->addTab(widget, title);
    m_tabs->setCurrentWidget(widget);
    widget->setFocus();
}

PipelineView *MainWindow::pipelineTab() const
{
    return qobject_cast<PipelineView *>(commandTab(QStringLiteral("pipeline")));
}

MyTasksView *MainWindow::myTasksTab() const
{
    return qobject_cast<MyTasksView *>(commandTab(QStringLiteral("myTasks")));
}

ReportView *MainWindow::reportTab(const QString &report) const
{
    return qobject_cast<ReportView *>(commandTab(QStringLiteral("report:") + report));
}

OptionsView *MainWindow::optionsTab() const
{
    return qobject_cast<OptionsView *>(commandTab(QStringLiteral("functionalOptions")));
}

ListWidget *MainWindow::listTab(const QString &kind) const
{
    for (int i = 0; i < m_tabs->count(); ++i)
        if (auto *list = qobject_cast<ListWidget *>(m_tabs->widget(i)); list && list->kind().name == kind)
            return list;
    return nullptr;
}

ObjectForm *MainWindow::formTab(const QString &kind, qint64 id) const
{
    for (int i = 0; i < m_tabs->count(); ++i)
        if (auto *form = qobject_cast<ObjectForm *>(m_tabs->widget(i));
            form && form->kindName() == kind && form->objectId() == id && id != 0)
            return form;
    return nullptr;
}

ListWidget *MainWindow::openList(const QString &kind)
{
    if (ListWidget *existing = listTab(kind)) {
        m_tabs->setCurrentWidget(existing);
        existing->setFocus();
        return existing;
    }
    // The list columns come with the form layout; the tab appears when both have arrived.
    m_session->describe(kind, this, [this, kind](const KindInfo &info) {
        QCborMap params;
        params.insert(QStringLiteral("kind"), kind);
        m_session->call(QStringLiteral("meta.form"), params, this, [this, info](const Reply &r) {
            if (listTab(info.name))
                return;
            if (!r.ok) {
                statusBar()->showMessage(r.error.message);
                return;
            }
            QStringList columns;
            for (const QCborValue &c : r.result.toMap().value(QStringLiteral("base")).toMap().value(QStringLiteral("list")).toArray())
                columns.append(c.toString());
            ListWidget *list = createList(info, columns, -1);
            m_tabs->setCurrentWidget(list);
            list->setFocus();
            Q_EMIT listOpened(list);
        });
    });
    return nullptr;
}

ListWidget *MainWindow::createList(const KindInfo &info, const QStringList &columns, int index)
{
    auto *list = new ListWidget(m_session, info, columns, ListWidget::Mode::Browse);
    connect(list, &ListWidget::openRequested, this, [this](const QString &k, qint64 id) { openForm(k, id); });
    connect(list, &ListWidget::createRequested, this, [this](const QString &k, bool group, qint64 parent) {
        QCborMap initial;
        if (group)
            initial.insert(QStringLiteral("is_group"), true);
        if (parent)
            initial.insert(QStringLiteral("parent"), parent);
        openForm(k, 0, initial);
    });
    attachBasedOn(list);
    m_tabs->insertTab(index, list, info.title);
    return list;
}

ObjectForm *MainWindow::openForm(const QString &kind, qint64 id, const QCborMap &initial)
{
    if (ObjectForm *existing = formTab(kind, id)) {
        m_tabs->setCurrentWidget(existing);
        return existing;
    }
    auto *form = new ObjectForm(m_session, kind, id, initial);
    const int index = m_tabs->addTab(form, tr("Loading…"));
    m_tabs->setCurrentIndex(index);
    connect(form, &ObjectForm::titleChanged, this, [this, form](const QString &title) {
        const int i = m_tabs->indexOf(form);
        if (i >= 0) {
            m_tabs->setTabText(i, title.size() > 40 ? title.left(38) + QStringLiteral("…") : title);
            m_tabs->setTabToolTip(i, title);
        }
    });
    connect(form, &ObjectForm::openRequested, this, [this](const QString &k, qint64 objectId) { openForm(k, objectId); });
    connect(form, &ObjectForm::createRequested, this, [this](const QString &k, const QCborMap &values) {
        openForm(k, 0, values)->markFilled();
    });
    connect(form, &ObjectForm::closeRequested, this, [this, form] {
        const int i = m_tabs->indexOf(form);
        if (i >= 0)
            m_tabs->removeTab(i);
        form->deleteLater();
    });
    return form;
}

// "Create based on" in a document list: on its toolbar and in the context menu of its rows,
// for the selected document.
void MainWindow::attachBasedOn(ListWidget *list)
{
    if (!list->kind().isDocument || list->kind().basedOn.isEmpty())
        return;
    auto *command = new BasedOnCommand(m_session, list->kind(), list, [list] { return list->currentId(); });
    if (auto *toolbar = list->findChild<QToolBar *>())
        command->addTo(toolbar);
    list->view()->addAction(command->action());
    if (list->view()->contextMenuPolicy() == Qt::DefaultContextMenu)
        list->view()->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(list->view()->selectionModel(), &QItemSelectionModel::currentChanged, command, &BasedOnCommand::updateEnabled);
    connect(list->model(), &QAbstractItemModel::modelReset, command, &BasedOnCommand::updateEnabled);
    connect(command, &BasedOnCommand::proposalReady, this, [this](const QString &k, const QCborMap &values) {
        openForm(k, 0, values)->markFilled();
    });
}

void MainWindow::closeTab(int index)
{
    QWidget *w = m_tabs->widget(index);
    if (!w)
        return;
    if (auto *form = qobject_cast<ObjectForm *>(w); form && !form->confirmClose())
        return;
    m_tabs->removeTab(index);
    w->deleteLater();
}

void MainWindow::chooseObject(QWidget *parent, const ChoiceRequest &request, std::function<void(qint64, const QString &)> done)
{
    m_session->describe(request.kind, this, [this, parent, request, done](const KindInfo &info) {
        auto *dialog = new ChoiceDialog(m_session, info, request, parent ? parent : this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &ChoiceDialog::chosen, dialog, [done](qint64 id, const QString &name) { done(id, name); });
        dialog->open();
    });
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    for (int i = m_tabs->count() - 1; i >= 0; --i) {
        if (auto *form = qobject_cast<ObjectForm *>(m_tabs->widget(i)); form && form->isModified()) {
            m_tabs->setCurrentIndex(i);
            if (!form->confirmClose()) {
                event->ignore();
                return;
            }
        }
    }
    event->accept();
}

} // namespace erp::app
