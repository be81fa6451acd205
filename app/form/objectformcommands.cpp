// ObjectForm's document commands: a command per workflow transition, History, Print, Post and
// close, and what the document's state enables of them.
#include "objectform.h"

#include "basedoncommand.h"
#include "checklistpanel.h"
#include "historydialog.h"
#include "liverecalculation.h"
#include "relatedpanel.h"
#include "transitionactions.h"
#include "valuetext.h"

#include "connection.h"
#include "core/clientsession.h"
#include "print/printmenu.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QSplitter>
#include <QStyle>
#include <QToolBar>
#include <QToolButton>

namespace erp::app {

using erp::client::Reply;

namespace {

// Ctrl+Enter saves and runs this transition, the one document.create and document.update run
// themselves with "post": true, so that saving and posting succeed or fail together.
const QString PostTransition = QStringLiteral("post");

} // namespace

// Documents: a command per transition of the workflow after Save, History, and Ctrl+Enter
// saving, posting and closing when the workflow has "post" and the user may run it.
void ObjectForm::addDocumentActions()
{
    QStyle *style = QApplication::style();
    const WorkflowTransition *post = m_kind.workflow.transition(PostTransition);
    if (post && post->allowed) {
        m_saveCloseAction->setShortcuts({});
        m_saveCloseAction->setVisible(false);
        m_postCloseAction = new QAction(style->standardIcon(QStyle::SP_DialogOkButton), tr("Post and &close"), this);
        m_postCloseAction->setObjectName(QStringLiteral("postAndClose"));
        m_postCloseAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
        m_postCloseAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_postCloseAction->setToolTip(tr("Save, post and close (Ctrl+Enter)"));
        connect(m_postCloseAction, &QAction::triggered, this, &ObjectForm::postAndClose);
        m_toolbar->insertAction(m_saveAction, m_postCloseAction);
        addAction(m_postCloseAction);
    }
    m_transitions = new TransitionActions(m_kind.workflow, this, TransitionActions::DeletionMark::Include);
    connect(m_transitions, &TransitionActions::triggered, this, &ObjectForm::runTransition);
    m_historyAction = new QAction(style->standardIcon(QStyle::SP_FileDialogDetailedView), tr("&History"), this);
    m_historyAction->setObjectName(QStringLiteral("history"));
    m_historyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    m_historyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_historyAction->setToolTip(tr("Who moved the document from state to state, and when (Ctrl+H)"));
    connect(m_historyAction, &QAction::triggered, this, &ObjectForm::showHistory);
    addAction(m_historyAction);
    QAction *afterSave = m_toolbar->actions().value(m_toolbar->actions().indexOf(m_saveAction) + 1);
    m_transitions->addTo(m_toolbar, afterSave);
    m_toolbar->insertAction(afterSave, m_historyAction);
    m_basedOn = new BasedOnCommand(m_session, m_kind, this, [this] { return m_id; });
    if (m_basedOn->isAvailable())
        m_basedOn->addTo(m_toolbar, afterSave);
    connect(m_basedOn, &BasedOnCommand::proposalReady, this, &ObjectForm::createRequested);
    // The state's checklist beside the fields: a workflow that asks nothing leaves it hidden.
    m_checklist = new ChecklistPanel(m_session, m_kind.workflow, this);
    m_checklist->fieldTitle = [this](const QString &name) {
        const FieldInfo *f = m_kind.field(name);
        return f ? f->title : QString();
    };
    auto *beside = new QSplitter(Qt::Horizontal, m_splitter);
    beside->setObjectName(QStringLiteral("checklistSplitter"));
    beside->setChildrenCollapsible(false);
    QWidget *fields = m_splitter->widget(0);
    beside->addWidget(fields);
    fields->show(); // moving it to another parent has hidden it
    beside->addWidget(m_checklist);
    beside->setStretchFactor(0, 1);
    beside->setStretchFactor(1, 0);
    // The fields (and the tables of their pages) get most of the width; the checklist a column.
    beside->setSizes({1000, m_checklist->fontMetrics().averageCharWidth() * 45});
    m_splitter->insertWidget(0, beside);
    connect(m_checklist, &ChecklistPanel::transitionsAnswered, this, [this](const QString &state, const QCborArray &answer) {
        m_transitions->setServerAnswer(state, answer);
    });
    connect(m_checklist, &ChecklistPanel::failed, this, [this](const QString &message) { showError(QString(), message); });
    m_relatedPanel = new RelatedPanel(m_session, m_splitter);
    m_splitter->addWidget(m_relatedPanel);
    // The lines come first: the chain gets a few rows' room, more by dragging the handle.
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 0);
    m_splitter->setSizes({1000, m_relatedPanel->fontMetrics().height() * 7});
    connect(m_relatedPanel, &RelatedPanel::openRequested, this, &ObjectForm::openRequested);
    bool computed = false;
    for (const FieldInfo &f : std::as_const(m_kind.fields))
        computed |= f.computed;
    for (const SectionInfo &section : std::as_const(m_kind.sections))
        for (const FieldInfo &f : section.fields)
            computed |= f.computed;
    if (computed) {
        m_recalculation = new LiveRecalculation(
            m_session, m_kindName, [this] { return recalculationRequest(); },
            [this](const QCborMap &result) { applyRecalculation(result); }, this);
        connect(m_recalculation, &LiveRecalculation::applied, this, &ObjectForm::recalculated);
    }
    m_statusLabel->show();
    updateStatus();
}

// Ctrl+P prints, as everywhere on Windows: a document kind's printed forms (PrintMenu enables
// the command when print.forms lists any); for other kinds the key is taken, the command disabled.
void ObjectForm::addPrintAction()
{
    m_printAction = new QAction(QIcon::fromTheme(QStringLiteral("document-print")), tr("&Print"), this);
    m_printAction->setObjectName(QStringLiteral("print"));
    m_printAction->setShortcut(QKeySequence::Print);
    m_printAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_printAction->setToolTip(tr("Print (%1): this kind has no printed forms")
                                  .arg(QKeySequence(QKeySequence::Print).toString(QKeySequence::NativeText)));
    m_printAction->setEnabled(false);
    QAction *close = findChild<QAction *>(QStringLiteral("close"));
    m_toolbar->insertAction(close, m_printAction);
    addAction(m_printAction);
    // Commands used now and then take an icon's room only (their tooltips name them), so that
    // the toolbar fits in Czech too.
    for (QAction *a : {m_printAction, findChild<QAction *>(QStringLiteral("reload"))})
        if (auto *button = qobject_cast<QToolButton *>(m_toolbar->widgetForAction(a)); button && !a->icon().isNull())
            button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    if (m_kind.isDocument)
        m_printMenu = new PrintMenu(m_session, this, m_printAction);
}

void ObjectForm::updateStatus()
{
    if (!m_kind.isDocument)
        return;
    const bool deleted = m_object.value(QStringLiteral("deleted")).toBool();
    const WorkflowInfo &workflow = m_kind.workflow;
    const QString state = status();
    m_statusLabel->setText(deleted ? tr("Marked for deletion") : workflow.stateTitle(state));
    m_statusLabel->setStyleSheet(workflow.isPosted(state) && !deleted ? QStringLiteral("color: #1b7f3b; font-weight: bold;")
                                                                      : QStringLiteral("color: #5f6368; font-weight: bold;"));
    m_transitions->update(state, deleted);
    m_checklist->setDocument(m_kindName, m_id, state);
    // A new document exists only once saved: the one transition that saving runs is possible.
    if (m_id == 0)
        for (QAction *action : m_transitions->actions())
            if (action->objectName() != PostTransition)
                action->setEnabled(false);
    if (m_postCloseAction) {
        const WorkflowTransition *post = workflow.transition(PostTransition);
        m_postCloseAction->setEnabled(post && workflow.canRun(*post, state, deleted));
    }
    m_historyAction->setEnabled(m_id != 0);
    m_basedOn->updateEnabled();
}

void ObjectForm::runTransition(const QString &name)
{
    const WorkflowTransition *t = m_kind.workflow.transition(name);
    const bool deleted = m_object.value(QStringLiteral("deleted")).toBool();
    if (!t || m_saving || !m_loaded || !m_kind.workflow.canRun(*t, status(), deleted)) {
        m_closeAfterSave = false;
        return;
    }
    if (name == PostTransition && (m_id == 0 || m_modified)) {
        write(true);
        return;
    }
    if (m_id == 0) {
        m_closeAfterSave = false;
        return;
    }
    if (t->deletionMark == true) {
        QString question = tr("Mark \"%1\" for deletion?").arg(presentation(m_kind, m_object));
        if (m_kind.workflow.isPosted(status()))
            question += u'\n' + tr("Its movements will be taken back.");
        if (QMessageBox::question(this, title(), question) != QMessageBox::Yes) {
            m_closeAfterSave = false;
            return;
        }
    }
    clearErrors();
    QCborMap params;
    params.insert(QStringLiteral("kind"), m_kindName);
    params.insert(QStringLiteral("id"), m_id);
    params.insert(QStringLiteral("version"), m_object.value(QStringLiteral("version")));
    params.insert(QStringLiteral("transition"), name);
    m_saving = true;
    m_session->call(QStringLiteral("document.transition"), params, this, [this](const Reply &r) { finish(r, !m_modified); });
}

void ObjectForm::showHistory()
{
    if (!m_kind.isDocument || m_id == 0)
        return;
    auto *dialog = new HistoryDialog(m_session, m_kind, m_id, title(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ObjectForm::postAndClose()
{
    const WorkflowTransition *post = m_kind.workflow.transition(PostTransition);
    if (!post) {
        saveAndClose();
        return;
    }
    if (!m_modified && m_id != 0 && status() == post->to) {
        Q_EMIT closeRequested();
        return;
    }
    m_closeAfterSave = true;
    runTransition(PostTransition);
}

} // namespace erp::app
