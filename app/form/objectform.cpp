#include "objectform.h"

#include "basedoncommand.h"
#include "checklistpanel.h"
#include "crm/duplicatewarning.h"
#include "crm/timelinepanel.h"

#include "connection.h"
#include "core/clientsession.h"
#include "editors/refeditor.h"
#include "fieldeditor.h"
#include "formdefaults.h"
#include "historydialog.h"
#include "liverecalculation.h"
#include "lineinfo.h"
#include "relatedlist.h"
#include "relatedpanel.h"
#include "sectioneditor.h"
#include "transitionactions.h"
#include "valuetext.h"

#include <QAction>
#include <QApplication>
#include <QCborArray>
#include <QDateTime>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace erp::app {

using erp::client::Reply;
using erp::protocol::ErrorCode;

namespace {

// Ctrl+Enter saves and runs this transition, the one document.create and document.update run
// themselves with "post": true, so that saving and posting succeed or fail together.
const QString PostTransition = QStringLiteral("post");

// Read-only editors look it (the window's colour behind the value instead of the base colour)
// and behave so: Tab and Enter pass them by; a click still selects the text to copy it.
void showReadOnly(QWidget *editor)
{
    QPalette palette = editor->palette();
    palette.setColor(QPalette::Base, palette.color(QPalette::Window));
    editor->setPalette(palette);
    for (QWidget *w : editor->findChildren<QWidget *>())
        if (w->focusPolicy() & Qt::TabFocus)
            w->setFocusPolicy(Qt::ClickFocus);
    if (editor->focusPolicy() & Qt::TabFocus)
        editor->setFocusPolicy(Qt::ClickFocus);
}

// Keys of m_initial that are no field values.
bool isValueKey(const QString &key)
{
    return key != QLatin1String("display") && key != QLatin1String("sections");
}

} // namespace

ObjectForm::ObjectForm(ClientSession *session, const QString &kind, qint64 id, const QCborMap &initial, QWidget *parent)
    : QWidget(parent), m_session(session), m_kindName(kind), m_id(id), m_initial(initial), m_body(new QVBoxLayout),
      m_message(new QLabel(this)), m_toolbar(new QToolBar(this)), m_splitter(new QSplitter(Qt::Vertical, this)),
      m_statusLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("form_") + kind);
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    QStyle *style = QApplication::style();
    m_saveCloseAction = m_toolbar->addAction(style->standardIcon(QStyle::SP_DialogOkButton), tr("Save and &close"));
    m_saveCloseAction->setObjectName(QStringLiteral("saveAndClose"));
    m_saveCloseAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_saveCloseAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_saveCloseAction->setToolTip(tr("Save and close (Ctrl+Enter)"));
    connect(m_saveCloseAction, &QAction::triggered, this, &ObjectForm::saveAndClose);
    m_saveAction = m_toolbar->addAction(style->standardIcon(QStyle::SP_DialogSaveButton), tr("&Save"));
    m_saveAction->setObjectName(QStringLiteral("save"));
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_saveAction->setToolTip(tr("Save (Ctrl+S)"));
    connect(m_saveAction, &QAction::triggered, this, &ObjectForm::save);
    QAction *reloadAction = m_toolbar->addAction(style->standardIcon(QStyle::SP_BrowserReload), tr("&Reload"));
    reloadAction->setObjectName(QStringLiteral("reload"));
    connect(reloadAction, &QAction::triggered, this, [this] {
        if (!m_modified || QMessageBox::question(this, title(), tr("Discard your changes and read the object again?"))
                               == QMessageBox::Yes)
            reload();
    });
    QAction *closeAction = m_toolbar->addAction(style->standardIcon(QStyle::SP_DialogCloseButton), tr("Close"));
    closeAction->setObjectName(QStringLiteral("close"));
    closeAction->setToolTip(tr("Close (Esc)"));
    connect(closeAction, &QAction::triggered, this, [this] {
        if (confirmClose())
            Q_EMIT closeRequested();
    });

    reloadAction->setToolTip(tr("Read the object again"));
    // Shortcuts of WidgetWithChildrenShortcut actions work where the action is added: the form.
    addActions(m_toolbar->actions());

    m_message->setObjectName(QStringLiteral("formMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->hide();
    m_statusLabel->setObjectName(QStringLiteral("documentStatus"));
    m_statusLabel->hide();

    auto *content = new QWidget;
    content->setLayout(m_body);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    auto *top = new QHBoxLayout;
    top->addWidget(m_toolbar, 1);
    top->addWidget(m_statusLabel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_message);
    m_splitter->setObjectName(QStringLiteral("formSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(scroll);
    layout->addWidget(m_splitter, 1);
    // The form's commands on a right click where no editor has its own menu.
    setContextMenuPolicy(Qt::ActionsContextMenu);

    session->describe(kind, this, [this](const KindInfo &info) {
        m_kind = info;
        if (m_kind.isDocument)
            addDocumentActions();
        addPrintAction();
        QCborMap params;
        params.insert(QStringLiteral("kind"), m_kindName);
        m_session->call(QStringLiteral("meta.form"), params, this, [this](const Reply &r) {
            if (!r.ok) {
                m_message->setText(r.error.message);
                m_message->show();
                return;
            }
            build(r.result.toMap().value(QStringLiteral("layout")).toMap());
            reload();
        });
    });
}

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
    auto *beside = new QSplitter(Qt::Horizontal, m_splitter);
    beside->setObjectName(QStringLiteral("checklistSplitter"));
    beside->setChildrenCollapsible(false);
    QWidget *fields = m_splitter->widget(0);
    beside->addWidget(fields);
    fields->show(); // moving it to another parent has hidden it
    beside->addWidget(m_checklist);
    beside->setStretchFactor(0, 1);
    beside->setStretchFactor(1, 0);
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

// Ctrl+P prints, as everywhere on Windows; the printed forms come with their own work, so the
// command is there (and the key taken) but disabled until then.
void ObjectForm::addPrintAction()
{
    m_printAction = new QAction(QIcon::fromTheme(QStringLiteral("document-print")), tr("&Print"), this);
    m_printAction->setObjectName(QStringLiteral("print"));
    m_printAction->setShortcut(QKeySequence::Print);
    m_printAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_printAction->setToolTip(tr("Print (%1): printed forms are not available yet")
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
}

bool ObjectForm::isRecalculating() const
{
    return m_recalculation && m_recalculation->isPending();
}

void ObjectForm::edited()
{
    setModified(true);
    if (m_recalculation)
        m_recalculation->schedule();
}

// The document as it stands, as document.create would get it (values not yet valid included:
// the server skips nothing but required fields).
QCborMap ObjectForm::recalculationRequest() const
{
    QCborMap values = collectChanges(true);
    // Read-only values go too: the recalculation starts from them and returns them unchanged
    // unless it computes them (a state set by posting stays as shown).
    for (auto it = m_editors.constBegin(); it != m_editors.constEnd(); ++it)
        if (m_readOnly.contains(it.key()) && it.key() != QLatin1String("number") && it.key() != QLatin1String("status")
            && !it.value()->value().isNull())
            values.insert(it.key(), it.value()->value());
    for (auto it = m_initial.constBegin(); it != m_initial.constEnd(); ++it) {
        const QString key = it.key().toString();
        const FieldInfo *f = m_kind.field(key);
        if (isValueKey(key) && f && !f->readOnly && !m_editors.contains(key) && !values.contains(it.key()))
            values.insert(it.key(), it.value());
    }
    QCborMap sections;
    for (auto it = m_sections.constBegin(); it != m_sections.constEnd(); ++it)
        sections.insert(it.key(), it.value()->recalculationLines());
    QCborMap params;
    params.insert(QStringLiteral("values"), values);
    params.insert(QStringLiteral("sections"), sections);
    return params;
}

// What the server computed: the read-only fields (totals) and the lines' computed and proposed
// cells. Nothing the user typed is replaced.
void ObjectForm::applyRecalculation(const QCborMap &result)
{
    const QCborMap values = result.value(QStringLiteral("values")).toMap();
    for (auto it = m_editors.constBegin(); it != m_editors.constEnd(); ++it) {
        const FieldInfo *f = m_kind.field(it.key());
        if (f && f->readOnly && f->name != QLatin1String("number") && f->name != QLatin1String("status")
            && values.contains(it.key()))
            it.value()->setValue(values.value(it.key()));
    }
    const QCborMap sections = result.value(QStringLiteral("sections")).toMap();
    for (auto it = m_sections.constBegin(); it != m_sections.constEnd(); ++it)
        if (sections.contains(it.key()))
            it.value()->applyRecalculated(sections.value(it.key()).toArray());
}

QCborMap ObjectForm::currentValues() const
{
    QCborMap values = m_object;
    values.remove(QStringLiteral("sections"));
    QCborMap display = m_object.value(QStringLiteral("display")).toMap();
    for (auto it = m_editors.constBegin(); it != m_editors.constEnd(); ++it) {
        values.insert(it.key(), it.value()->value());
        if (const auto *ref = qobject_cast<const RefEditor *>(it.value()))
            display.insert(it.key(), ref->displayText());
    }
    values.insert(QStringLiteral("display"), display);
    return values;
}

QString ObjectForm::method(const QString &operation) const
{
    return (m_kind.isDocument ? QStringLiteral("document.") : QStringLiteral("catalog.")) + operation;
}

QString ObjectForm::title() const
{
    const QString kindTitle = m_kind.title.isEmpty() ? m_kindName : m_kind.title;
    QString t;
    if (m_id == 0)
        t = tr("%1 (new)").arg(kindTitle);
    else if (m_kind.isDocument)
        t = tr("%1 %2 of %3", "document kind, number, date")
                .arg(kindTitle, m_object.value(QStringLiteral("number")).toString(),
                     documentDate(m_object.value(QStringLiteral("date"))));
    else
        t = QStringLiteral("%1: %2").arg(kindTitle, m_object.value(QStringLiteral("name")).toString());
    if (m_modified)
        t += QStringLiteral(" *");
    return t;
}

QString ObjectForm::status() const
{
    return m_object.value(QStringLiteral("status")).toString(m_kind.workflow.initial);
}

QString ObjectForm::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
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

QString ObjectForm::errorText(const QString &field) const
{
    const QLabel *label = m_errors.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

void ObjectForm::build(const QCborMap &layout)
{
    m_lineInfoSpec = layout.value(QStringLiteral("lineInfo")).toMap();
    const QCborArray pages = layout.value(QStringLiteral("pages")).toArray();
    QTabWidget *tabs = pages.size() > 1 ? new QTabWidget : nullptr;
    if (tabs) {
        tabs->setObjectName(QStringLiteral("pages"));
        m_body->addWidget(tabs);
    }
    for (const QCborValue &p : pages) {
        const QCborMap page = p.toMap();
        auto *pageWidget = new QWidget;
        auto *pageLayout = new QVBoxLayout(pageWidget);
        pageLayout->setContentsMargins(tabs ? 8 : 0, tabs ? 8 : 0, tabs ? 8 : 0, 0);
        bool related = false;
        for (const QCborValue &g : page.value(QStringLiteral("groups")).toArray()) {
            // Lists (related objects, a timeline) take the page's room.
            const bool list = g.toMap().contains(QStringLiteral("related")) || g.toMap().contains(QStringLiteral("timeline"));
            related |= list;
            pageLayout->addWidget(buildGroup(g.toMap()), list ? 1 : 0);
        }
        if (!related)
            pageLayout->addStretch(1);
        if (tabs)
            tabs->addTab(pageWidget, page.value(QStringLiteral("title")).toString());
        else
            m_body->addWidget(pageWidget);
    }
    // Lists of related objects take the room there is; fields alone keep to the top.
    if (m_relatedLists.isEmpty() && m_timelines.isEmpty())
        m_body->addStretch(1);
    else if (tabs)
        m_body->setStretchFactor(tabs, 1);
    for (FieldEditor *editor : std::as_const(m_editors)) {
        connect(editor, &FieldEditor::edited, this, &ObjectForm::edited);
        // A reference offers the own objects of the form's other references first (a counterparty
        // of the chosen partner).
        if (auto *ref = qobject_cast<RefEditor *>(editor))
            ref->setContextSource([this, ref] {
                QList<ContextRef> refs;
                for (FieldEditor *other : std::as_const(m_editors))
                    if (auto *r = qobject_cast<RefEditor *>(other); r && r != ref && r->value().isInteger())
                        refs.append({r->field().target, r->value().toInteger(), r->displayText()});
                return refs;
            });
        for (QWidget *w : editor->findChildren<QWidget *>())
            w->installEventFilter(this);
    }
    for (SectionEditor *section : std::as_const(m_sections))
        connect(section, &SectionEditor::edited, this, &ObjectForm::edited);
    if (layout.contains(QStringLiteral("duplicateCheck")))
        setUpDuplicateCheck(layout.value(QStringLiteral("duplicateCheck")).toMap());
}

void ObjectForm::setUpDuplicateCheck(const QCborMap &spec)
{
    m_duplicates = new DuplicateWarning(m_session, m_kind, spec, this);
    m_duplicates->values = [this] { return currentValues(); };
    m_duplicates->objectId = [this] { return m_id; };
    for (const QString &field : m_duplicates->fields())
        if (!m_readOnly.contains(field))
            m_duplicates->watch(m_editors.value(field));
    connect(m_duplicates, &DuplicateWarning::openRequested, this, &ObjectForm::openRequested);
    connect(m_duplicates, &DuplicateWarning::saveAnywayRequested, this, [this] { write(m_postAfterCheck); });
    // Under the form, where it stops no typing.
    layout()->addWidget(m_duplicates);
}

QWidget *ObjectForm::buildTimeline(const QCborMap &group)
{
    auto *timeline = new TimelinePanel(m_session, group.value(QStringLiteral("timeline")).toMap());
    m_timelines.append(timeline);
    connect(timeline, &TimelinePanel::openRequested, this, &ObjectForm::openRequested);
    return timeline;
}

QWidget *ObjectForm::buildRelated(const QCborMap &group)
{
    auto *list = new RelatedList(m_session, group.value(QStringLiteral("related")).toArray(),
                                 [this] { return currentValues(); });
    m_relatedLists.append(list);
    connect(list, &RelatedList::openRequested, this, &ObjectForm::openRequested);
    connect(list, &RelatedList::createRequested, this, &ObjectForm::createRequested);
    return list;
}

QWidget *ObjectForm::buildSection(const QCborMap &group)
{
    const QString name = group.value(QStringLiteral("section")).toString();
    const SectionInfo *info = m_kind.section(name);
    auto *box = new QGroupBox(group.value(QStringLiteral("label")).toString(info ? info->title : name));
    auto *layout = new QVBoxLayout(box);
    if (info) {
        auto *editor = new SectionEditor(*info, m_session, box);
        editor->setObjectName(QStringLiteral("section_") + name);
        editor->setReadOnly(group.value(QStringLiteral("readOnly")).toBool());
        if (editor->isReadOnly())
            m_readOnly.insert(name);
        m_sections.insert(name, editor);
        layout->addWidget(editor);
        if (m_lineInfoSpec.value(QStringLiteral("section")).toString() == name) {
            m_lineInfo = new LineInfo(m_lineInfoSpec, m_session, editor, [this](const QString &field) {
                FieldEditor *header = m_editors.value(field);
                return header ? header->value() : QCborValue();
            }, box);
            connect(this, &ObjectForm::edited, m_lineInfo, &LineInfo::refresh);
            layout->addWidget(m_lineInfo);
        }
    }
    return box;
}

QWidget *ObjectForm::buildGroup(const QCborMap &group)
{
    if (group.contains(QStringLiteral("section")))
        return buildSection(group);
    if (group.contains(QStringLiteral("related")))
        return buildRelated(group);
    if (group.contains(QStringLiteral("timeline")))
        return buildTimeline(group);
    auto *box = new QGroupBox(group.value(QStringLiteral("title")).toString());
    if (box->title().isEmpty())
        box->setFlat(true);
    auto *grid = new QGridLayout(box);
    grid->setHorizontalSpacing(12);
    const int columns = qBound(1, int(group.value(QStringLiteral("columns")).toInteger(1)), 3);
    int index = 0;
    for (const QCborValue &entryValue : group.value(QStringLiteral("fields")).toArray()) {
        // Entries are {field, label?, readOnly?} from the server; plain names are accepted too.
        const QCborMap entry = entryValue.isMap() ? entryValue.toMap() : QCborMap{{QStringLiteral("field"), entryValue}};
        const QString name = entry.value(QStringLiteral("field")).toString();
        const FieldInfo *field = m_kind.field(name);
        if (!field)
            continue;
        const bool wide = field->type == QLatin1String("text");
        if (wide && index % columns != 0)
            index += columns - index % columns;
        const int row = (index / columns) * 2;
        const int column = (index % columns) * 2;
        const QString labelText = entry.value(QStringLiteral("label")).toString(field->title);
        m_labels.insert(name, labelText);
        auto *label = new QLabel(labelText + (field->required ? QStringLiteral(" *") : QString()) + u':');
        FieldEditor *editor = createFieldEditor(*field, m_session, box);
        editor->setObjectName(QStringLiteral("field_") + name);
        const bool readOnly = field->readOnly || entry.value(QStringLiteral("readOnly")).toBool();
        editor->setReadOnly(readOnly);
        if (readOnly) {
            m_readOnly.insert(name);
            showReadOnly(editor);
        }
        label->setBuddy(editor);
        auto *error = new QLabel(box);
        error->setObjectName(QStringLiteral("error_") + name);
        error->setStyleSheet(QStringLiteral("color: #b00020;"));
        error->setWordWrap(true);
        error->hide();
        grid->addWidget(label, row, column, Qt::AlignRight | (wide ? Qt::AlignTop : Qt::AlignVCenter));
        grid->addWidget(editor, row, column + 1, 1, wide ? columns * 2 - 1 : 1);
        grid->addWidget(error, row + 1, column + 1, 1, wide ? columns * 2 - 1 : 1);
        grid->setColumnStretch(column + 1, 1);
        m_editors.insert(name, editor);
        m_errors.insert(name, error);
        m_fieldOrder.append(name);
        index += wide ? columns : 1;
    }
    return box;
}

void ObjectForm::reload()
{
    clearErrors();
    if (m_id == 0) {
        QCborMap object;
        for (const FieldInfo &f : std::as_const(m_kind.fields))
            if (!f.defaultValue.isUndefined() && !f.defaultValue.isNull())
                object.insert(f.name, f.defaultValue);
        // A new document happens now unless the user says otherwise, where the user last worked.
        QCborMap display;
        if (m_kind.isDocument) {
            object.insert(QStringLiteral("date"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
            const QCborMap defaults = FormDefaults::load(*m_session, m_kind);
            for (auto it = defaults.constBegin(); it != defaults.constEnd(); ++it)
                object.insert(it.key(), it.value());
            display = defaults.value(QStringLiteral("display")).toMap();
        }
        for (auto it = m_initial.constBegin(); it != m_initial.constEnd(); ++it)
            object.insert(it.key(), it.value());
        const QCborMap given = m_initial.value(QStringLiteral("display")).toMap();
        for (auto it = given.constBegin(); it != given.constEnd(); ++it)
            display.insert(it.key(), it.value());
        object.insert(QStringLiteral("display"), display);
        fill(object);
        return;
    }
    QCborMap params;
    params.insert(QStringLiteral("kind"), m_kindName);
    params.insert(QStringLiteral("id"), m_id);
    m_session->call(method(QStringLiteral("read")), params, this, [this](const Reply &r) {
        if (!r.ok) {
            m_message->setText(r.error.message);
            m_message->show();
            return;
        }
        fill(r.result.toMap());
    });
}

void ObjectForm::fill(const QCborMap &object)
{
    m_object = object;
    const QCborMap display = object.value(QStringLiteral("display")).toMap();
    for (auto it = m_editors.constBegin(); it != m_editors.constEnd(); ++it)
        it.value()->setValue(object.value(it.key()), display.value(it.key()).toString());
    const QCborMap sections = object.value(QStringLiteral("sections")).toMap();
    for (auto it = m_sections.constBegin(); it != m_sections.constEnd(); ++it) {
        it.value()->setLines(sections.value(it.key()).toArray());
        m_sectionLines.insert(it.key(), it.value()->lines());
    }
    setModified(m_id == 0 && m_filled);
    updateStatus();
    if (m_relatedPanel)
        m_relatedPanel->setDocument(m_kindName, m_id);
    for (RelatedList *list : std::as_const(m_relatedLists))
        list->setOwner(m_id);
    for (TimelinePanel *timeline : std::as_const(m_timelines))
        timeline->setOwner(m_id);
    // A new document filled from a proposal or from defaults shows its totals at once.
    if (m_recalculation && m_id == 0)
        m_recalculation->schedule();
    const bool first = !m_loaded;
    m_loaded = true;
    if (first)
        focusFirstEditor();
    Q_EMIT loaded();
}

void ObjectForm::focusFirstEditor()
{
    if (FieldEditor *name = m_editors.value(QStringLiteral("name")); name && !m_readOnly.contains(QStringLiteral("name"))) {
        name->setFocus();
        return;
    }
    for (const QString &field : std::as_const(m_fieldOrder))
        if (!m_readOnly.contains(field)) {
            m_editors.value(field)->setFocus();
            return;
        }
}

// Changed values (all non-empty ones for a new object), never read-only ones.
QCborMap ObjectForm::collectChanges(bool all) const
{
    QCborMap values;
    for (auto it = m_editors.constBegin(); it != m_editors.constEnd(); ++it) {
        if (m_readOnly.contains(it.key()))
            continue;
        const QCborValue value = it.value()->value();
        const QCborValue before = m_object.value(it.key());
        const bool same = (value.isNull() && (before.isNull() || before.isUndefined())) || value == before;
        if (all ? !value.isNull() : !same)
            values.insert(it.key(), value);
    }
    return values;
}

// Sections whose lines changed (a given section replaces all its lines on the server).
QCborMap ObjectForm::collectSections() const
{
    QCborMap sections;
    for (auto it = m_sections.constBegin(); it != m_sections.constEnd(); ++it) {
        if (m_readOnly.contains(it.key()))
            continue;
        const QCborArray lines = it.value()->lines();
        if (m_id == 0 ? !lines.isEmpty() : lines != m_sectionLines.value(it.key()))
            sections.insert(it.key(), it.value()->writableLines());
    }
    return sections;
}

// Input the client can reject itself (a malformed number or date) before asking the server.
bool ObjectForm::checkInput()
{
    for (auto it = m_editors.constBegin(); it != m_editors.constEnd(); ++it) {
        const QString problem = it.value()->inputError();
        if (!problem.isEmpty()) {
            showError(it.key(), problem);
            return false;
        }
    }
    for (SectionEditor *section : std::as_const(m_sections)) {
        const QString problem = section->inputError();
        if (!problem.isEmpty()) {
            m_message->setText(problem);
            m_message->show();
            return false;
        }
    }
    return true;
}

void ObjectForm::save()
{
    write(false);
}

void ObjectForm::write(bool post)
{
    if (m_saving || !m_loaded)
        return;
    clearErrors();
    if (!checkInput()) {
        m_closeAfterSave = false;
        return;
    }
    // A new object is saved only when the area finds nothing it may duplicate, or the user
    // has said "Save anyway" to what it found.
    if (m_duplicates && m_id == 0 && !m_duplicates->isAccepted()) {
        m_postAfterCheck = post;
        m_saving = true;
        m_duplicates->check(currentValues(), 0, [this, post](bool clear) {
            m_saving = false;
            if (!clear) {
                m_closeAfterSave = false;
                Q_EMIT saveFailed(tr("This may already be recorded"));
                return;
            }
            m_duplicates->setAccepted(true);
            write(post);
        });
        return;
    }
    QCborMap params;
    params.insert(QStringLiteral("kind"), m_kindName);
    QCborMap values = collectChanges(m_id == 0);
    if (m_id == 0)
        for (auto it = m_initial.constBegin(); it != m_initial.constEnd(); ++it) {
            const QString key = it.key().toString();
            if (!isValueKey(key))
                continue;
            if (const FieldInfo *f = m_kind.field(key); f && f->readOnly)
                continue; // the server's to set, whatever the caller proposed
            if (!values.contains(it.key()) && (!m_editors.contains(key) || m_readOnly.contains(key)))
                values.insert(it.key(), it.value());
        }
    params.insert(QStringLiteral("values"), values);
    const QCborMap sections = collectSections();
    if (!sections.isEmpty())
        params.insert(QStringLiteral("sections"), sections);
    if (m_id != 0) {
        params.insert(QStringLiteral("id"), m_id);
        params.insert(QStringLiteral("version"), m_object.value(QStringLiteral("version")));
    }
    if (post)
        params.insert(QStringLiteral("post"), true);
    m_saving = true;
    m_session->call(method(m_id == 0 ? QStringLiteral("create") : QStringLiteral("update")), params, this,
                    [this](const Reply &r) { finish(r, true); });
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

void ObjectForm::finish(const Reply &r, bool refill)
{
    m_saving = false;
    if (!r.ok) {
        m_closeAfterSave = false;
        if (r.error.code == ErrorCode::Conflict)
            askToReload(r.error.message);
        else
            showError(r.error.field, r.error.message);
        Q_EMIT saveFailed(r.error.message);
        return;
    }
    const QCborMap object = r.result.toMap();
    m_id = object.value(QStringLiteral("id")).toInteger();
    if (m_kind.isDocument)
        FormDefaults::remember(*m_session, m_kind, object);
    if (refill) {
        fill(object);
    } else {
        m_object = object;
        updateStatus();
        Q_EMIT titleChanged(title());
    }
    Q_EMIT saved(m_kindName, m_id);
    if (m_closeAfterSave)
        Q_EMIT closeRequested();
}

void ObjectForm::saveAndClose()
{
    if (!m_modified && m_id != 0) {
        Q_EMIT closeRequested();
        return;
    }
    m_closeAfterSave = true;
    save();
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

void ObjectForm::askToReload(const QString &message)
{
    QMessageBox box(QMessageBox::Warning, title(), message, QMessageBox::NoButton, this);
    box.setInformativeText(tr("Reload the object to see the other user's changes? Your changes in this form will be lost."));
    QPushButton *reloadButton = box.addButton(tr("Reload"), QMessageBox::AcceptRole);
    box.addButton(tr("Keep my changes"), QMessageBox::RejectRole);
    box.setObjectName(QStringLiteral("conflictDialog"));
    box.exec();
    if (box.clickedButton() == reinterpret_cast<QAbstractButton *>(reloadButton))
        reload();
}

void ObjectForm::showError(const QString &field, const QString &message)
{
    // Sections report "accounts[2].iban": the line and the field inside it.
    static const QRegularExpression linePath(QStringLiteral("^(\\w+)\\[(\\d+)\\]\\.(\\w+)$"));
    const auto m = linePath.match(field);
    if (m.hasMatch() && m_sections.contains(m.captured(1))) {
        m_sections.value(m.captured(1))->showError(m.captured(2).toInt(), m.captured(3), message);
        return;
    }
    QLabel *label = m_errors.value(field);
    if (!label) {
        m_message->setText(message);
        m_message->show();
        return;
    }
    // The message names the field for API users; next to the field the label says it already.
    QString text = message;
    if (text.startsWith(field + QStringLiteral(": ")))
        text = text.mid(field.size() + 2);
    label->setText(text);
    label->show();
    if (FieldEditor *editor = m_editors.value(field)) {
        QWidget *w = editor;
        for (QWidget *p = editor->parentWidget(); p; p = p->parentWidget())
            if (auto *tabs = qobject_cast<QTabWidget *>(p)) {
                for (int i = 0; i < tabs->count(); ++i)
                    if (tabs->widget(i)->isAncestorOf(w))
                        tabs->setCurrentIndex(i);
            }
        editor->setFocus();
    }
}

void ObjectForm::clearErrors()
{
    m_message->hide();
    for (QLabel *label : std::as_const(m_errors))
        label->hide();
    for (SectionEditor *section : std::as_const(m_sections))
        section->clearError();
}

void ObjectForm::setModified(bool modified)
{
    m_modified = modified;
    Q_EMIT titleChanged(title());
}

bool ObjectForm::confirmClose()
{
    if (!m_modified)
        return true;
    const auto answer = QMessageBox::question(this, title(), tr("Save the changes before closing?"),
                                              QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                              QMessageBox::Save);
    if (answer == QMessageBox::Discard)
        return true;
    if (answer == QMessageBox::Save)
        saveAndClose();
    return false;
}

bool ObjectForm::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (enter && key->modifiers() == Qt::NoModifier) {
            for (QObject *o = watched; o; o = o->parent()) {
                if (auto *editor = qobject_cast<FieldEditor *>(o)) {
                    if (editor->consumesEnter())
                        return false;
                    focusNextChild();
                    return true;
                }
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ObjectForm::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        if (confirmClose())
            Q_EMIT closeRequested();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace erp::app
