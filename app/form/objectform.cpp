#include "objectform.h"

#include "crm/duplicatewarning.h"
#include "crm/timelinepanel.h"

#include "answerpanel.h"
#include "connection.h"
#include "core/clientsession.h"
#include "editors/refeditor.h"
#include "fieldeditor.h"
#include "formdefaults.h"
#include "liverecalculation.h"
#include "relatedlist.h"
#include "relatedpanel.h"
#include "sectioneditor.h"
#include "valuetext.h"

#include <QAction>
#include <QApplication>
#include <QCborArray>
#include <QDateTime>
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
#include <QVBoxLayout>

namespace erp::app {

using erp::client::Reply;
using erp::protocol::ErrorCode;

namespace {

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

QString ObjectForm::errorText(const QString &field) const
{
    const QLabel *label = m_errors.value(field);
    return label && !label->isHidden() ? label->text() : QString();
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
    for (AnswerPanel *panel : std::as_const(m_panels))
        panel->setOwner(m_id);
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
        // A transition kept the user's edits: what the panels show may have moved on all the same.
        for (AnswerPanel *panel : std::as_const(m_panels))
            panel->setOwner(m_id);
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
