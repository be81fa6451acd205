// ObjectForm's widgets built from the layout the server sends: pages, groups of fields,
// tabular sections, related lists, the timeline and the duplicate check.
#include "objectform.h"

#include "answerpanel.h"
#include "crm/duplicatewarning.h"
#include "crm/timelinepanel.h"

#include "editors/refeditor.h"
#include "fieldeditor.h"
#include "lineinfo.h"
#include "relatedlist.h"
#include "sectioneditor.h"

#include <QCborArray>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace erp::app {

namespace {

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

} // namespace

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
            const bool list = g.toMap().contains(QStringLiteral("related")) || g.toMap().contains(QStringLiteral("timeline"))
                              || g.toMap().contains(QStringLiteral("panel"));
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
    if (m_relatedLists.isEmpty() && m_timelines.isEmpty() && m_panels.isEmpty())
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

QWidget *ObjectForm::buildPanel(const QCborMap &group)
{
    auto *panel = new AnswerPanel(m_session, m_kindName, group.value(QStringLiteral("panel")).toMap());
    m_panels.append(panel);
    connect(panel, &AnswerPanel::openRequested, this, &ObjectForm::openRequested);
    const QString title = group.value(QStringLiteral("title")).toString();
    if (title.isEmpty())
        return panel;
    auto *box = new QGroupBox(title);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(panel);
    return box;
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
    if (group.contains(QStringLiteral("panel")))
        return buildPanel(group);
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

} // namespace erp::app
