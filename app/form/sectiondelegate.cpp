#include "sectiondelegate.h"

#include "core/clientsession.h"
#include "editors/refeditor.h"
#include "fieldeditor.h"
#include "sectionmodel.h"

#include <QApplication>
#include <QFocusEvent>
#include <QKeyEvent>

namespace erp::app {

SectionDelegate::SectionDelegate(ClientSession *session, QObject *parent)
    : QStyledItemDelegate(parent), m_session(session)
{
}

QWidget *SectionDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const
{
    const auto *model = qobject_cast<const SectionModel *>(index.model());
    if (!model)
        return nullptr;
    const FieldInfo &field = model->field(index.column());
    if (field.type == QLatin1String("boolean"))
        return nullptr; // a check box in the cell itself
    FieldEditor *editor = createFieldEditor(field, m_session, parent);
    editor->setAutoFillBackground(true);
    m_open.insert(editor, {index, model->value(index.row(), index.column()),
                           model->displayName(index.row(), index.column())});
    auto *self = const_cast<SectionDelegate *>(this);
    // The view filters only the editor widget; keys and focus belong to the widget inside.
    if (QWidget *inner = editor->focusProxy())
        inner->installEventFilter(self);
    connect(editor, &FieldEditor::edited, self, [self, editor] {
        if (editor->inputError().isEmpty())
            Q_EMIT self->commitData(editor);
    });
    return editor;
}

void SectionDelegate::setEditorData(QWidget *widget, const QModelIndex &index) const
{
    auto *editor = qobject_cast<FieldEditor *>(widget);
    const auto *model = qobject_cast<const SectionModel *>(index.model());
    if (!editor || !model)
        return;
    const QCborValue value = model->value(index.row(), index.column());
    // The view calls this again when our own commits change the cell: never disturb typing.
    if (!editor->inputError().isEmpty() || editor->value() == value)
        return;
    editor->setValue(value, model->displayName(index.row(), index.column()));
}

void SectionDelegate::setModelData(QWidget *widget, QAbstractItemModel *abstractModel, const QModelIndex &index) const
{
    auto *editor = qobject_cast<FieldEditor *>(widget);
    auto *model = qobject_cast<SectionModel *>(abstractModel);
    if (!editor || !model || !editor->inputError().isEmpty())
        return;
    const auto *ref = qobject_cast<const RefEditor *>(editor);
    model->setCell(index.row(), index.column(), editor->value(), ref ? ref->displayText() : QString());
}

void SectionDelegate::updateEditorGeometry(QWidget *widget, const QStyleOptionViewItem &option, const QModelIndex &) const
{
    QRect rect = option.rect;
    // Narrow columns must still fit a button; long text gets room below the row.
    rect.setWidth(qMax(rect.width(), widget->minimumSizeHint().width()));
    const auto *editor = qobject_cast<const FieldEditor *>(widget);
    if (editor && editor->consumesEnter())
        rect.setHeight(qMax(rect.height(), widget->sizeHint().height()));
    widget->setGeometry(rect);
}

void SectionDelegate::destroyEditor(QWidget *widget, const QModelIndex &index) const
{
    const auto it = m_open.constFind(widget);
    if (it != m_open.constEnd()) {
        const OpenEditor open = *it;
        m_open.erase(it);
        const auto *editor = qobject_cast<const FieldEditor *>(widget);
        const QString error = editor ? editor->inputError() : QString();
        if (!error.isEmpty() && !open.reverted && open.cell.isValid()) {
            auto *model = const_cast<SectionModel *>(qobject_cast<const SectionModel *>(open.cell.model()));
            if (model)
                model->setCell(open.cell.row(), open.cell.column(), open.value, open.displayName);
            Q_EMIT const_cast<SectionDelegate *>(this)->inputRejected(open.cell, error);
        }
    }
    QStyledItemDelegate::destroyEditor(widget, index);
}

QString SectionDelegate::pendingError(QModelIndex *cell) const
{
    for (auto it = m_open.cbegin(); it != m_open.cend(); ++it) {
        const auto *editor = qobject_cast<const FieldEditor *>(it.key());
        if (editor && !editor->inputError().isEmpty()) {
            if (cell)
                *cell = it->cell;
            return editor->inputError();
        }
    }
    return QString();
}

void SectionDelegate::closeEditors()
{
    const auto editors = m_open.keys();
    for (const QWidget *widget : editors) {
        auto *editor = const_cast<FieldEditor *>(qobject_cast<const FieldEditor *>(widget));
        if (!editor)
            continue;
        if (editor->inputError().isEmpty())
            Q_EMIT commitData(editor);
        Q_EMIT closeEditor(editor, NoHint);
    }
}

FieldEditor *SectionDelegate::editorOf(QObject *object) const
{
    for (auto *widget = qobject_cast<QWidget *>(object); widget; widget = widget->parentWidget())
        if (m_open.contains(widget))
            return qobject_cast<FieldEditor *>(widget);
    return nullptr;
}

bool SectionDelegate::finish(FieldEditor *editor, EndEditHint hint)
{
    const QString error = editor->inputError();
    if (!error.isEmpty()) {
        Q_EMIT inputRejected(m_open.value(editor).cell, error);
        return true;
    }
    const QModelIndex cell = m_open.value(editor).cell;
    // Enter on the very last cell stays there instead of wrapping to the first line; the cells
    // after it may be disabled ones (read-only fields), which the cursor passes by.
    if (hint == EditNextItem && cell.isValid() && cell.row() == cell.model()->rowCount() - 1) {
        bool last = true;
        for (int column = cell.column() + 1; column < cell.model()->columnCount(); ++column)
            last &= !(cell.siblingAtColumn(column).flags() & Qt::ItemIsEnabled);
        if (last)
            hint = SubmitModelCache;
    }
    Q_EMIT commitData(editor);
    Q_EMIT closeEditor(editor, hint);
    return true;
}

bool SectionDelegate::isLastCell(const QModelIndex &cell)
{
    if (!cell.isValid() || cell.row() != cell.model()->rowCount() - 1)
        return false;
    for (int column = cell.column() + 1; column < cell.model()->columnCount(); ++column)
        if (cell.siblingAtColumn(column).flags() & Qt::ItemIsEnabled)
            return false;
    return true;
}

bool SectionDelegate::finishThen(FieldEditor *editor, void (SectionDelegate::*after)())
{
    const QString error = editor->inputError();
    if (!error.isEmpty()) {
        Q_EMIT inputRejected(m_open.value(editor).cell, error);
        return true;
    }
    Q_EMIT commitData(editor);
    Q_EMIT closeEditor(editor, SubmitModelCache);
    QMetaObject::invokeMethod(this, [this, after] { Q_EMIT(this->*after)(); }, Qt::QueuedConnection);
    return true;
}

void SectionDelegate::revert(FieldEditor *editor)
{
    auto it = m_open.find(editor);
    if (it == m_open.end())
        return;
    it->reverted = true;
    auto *model = const_cast<SectionModel *>(qobject_cast<const SectionModel *>(it->cell.model()));
    if (model && it->cell.isValid())
        model->setCell(it->cell.row(), it->cell.column(), it->value, it->displayName);
}

bool SectionDelegate::eventFilter(QObject *watched, QEvent *event)
{
    FieldEditor *editor = editorOf(watched);
    if (!editor)
        return QStyledItemDelegate::eventFilter(watched, event);
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() & (Qt::AltModifier | Qt::MetaModifier))
            return false;
        switch (key->key()) {
        case Qt::Key_Tab:
            if ((key->modifiers() & Qt::ControlModifier) || editor->consumesTab())
                return false;
            if (!key->modifiers().testFlag(Qt::ShiftModifier) && isLastCell(m_open.value(editor).cell))
                return finishThen(editor, &SectionDelegate::tabPastEnd);
            return finish(editor, key->modifiers().testFlag(Qt::ShiftModifier) ? EditPreviousItem : EditNextItem);
        case Qt::Key_Insert:
            if (key->modifiers() != Qt::NoModifier)
                return false;
            return finishThen(editor, &SectionDelegate::insertRequested);
        case Qt::Key_Backtab:
            if ((key->modifiers() & Qt::ControlModifier) || editor->consumesTab())
                return false;
            return finish(editor, EditPreviousItem);
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (editor->consumesEnter() && !(key->modifiers() & Qt::ControlModifier))
                return false;
            return finish(editor, EditNextItem);
        case Qt::Key_Escape:
            revert(editor);
            Q_EMIT closeEditor(editor, RevertModelCache);
            return true;
        default:
            return false;
        }
    }
    if (event->type() == QEvent::FocusOut && watched != editor) {
        const Qt::FocusReason reason = static_cast<QFocusEvent *>(event)->reason();
        if (reason == Qt::PopupFocusReason || reason == Qt::ActiveWindowFocusReason)
            return false;
        // Decided once the focus change is over: the view moves the focus itself while it
        // closes an editor, and then the editor is no longer ours to close.
        QMetaObject::invokeMethod(this, [this, guard = QPointer<FieldEditor>(editor)] {
            if (!guard || !m_open.contains(guard.data()))
                return;
            for (QWidget *w = QApplication::focusWidget(); w; w = w->parentWidget())
                if (w == guard)
                    return;
            // Focus left the grid: like Qt's own editors, commit and close; malformed input
            // stays open so that it is seen (and SectionEditor::inputError() reports it).
            if (guard->inputError().isEmpty()) {
                Q_EMIT commitData(guard);
                Q_EMIT closeEditor(guard, NoHint);
            }
        }, Qt::QueuedConnection);
        return false;
    }
    if (watched == editor)
        return QStyledItemDelegate::eventFilter(watched, event);
    return false;
}

} // namespace erp::app
