#pragma once

#include <QCborValue>
#include <QHash>
#include <QPersistentModelIndex>
#include <QPointer>
#include <QStyledItemDelegate>

namespace erp::app {

class ClientSession;
class FieldEditor;

// Edits SectionModel cells with the field's FieldEditor. Valid input reaches the model as it
// is typed; Enter and Tab commit and move on (Tab from the last cell of the last line asks for
// a new line: tabPastEnd()), Insert commits and asks for a new line, Escape restores the cell
// and closes its editor only (the key goes no further: the form stays open). Malformed input
// keeps the editor open (Enter, Tab, focus leaving the grid); when the editor must close
// anyway (another cell clicked) the cell keeps its previous value and inputRejected() says why.
class SectionDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    SectionDelegate(ClientSession *session, QObject *parent);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;
    void destroyEditor(QWidget *editor, const QModelIndex &index) const override;

    // The input error of an open editor (and its cell), or empty.
    QString pendingError(QModelIndex *cell = nullptr) const;
    // Commits and closes every open editor (malformed input is rejected as described above).
    void closeEditors();

Q_SIGNALS:
    void inputRejected(const QModelIndex &cell, const QString &message);
    // Tab in the last editable cell of the last line, committed: the grid adds a line.
    void tabPastEnd();
    // Insert while a cell is edited, committed: the grid adds a line.
    void insertRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct OpenEditor
    {
        QPersistentModelIndex cell;
        QCborValue value; // as it was when the editor opened, for Escape
        QString displayName;
        bool reverted = false;
    };

    FieldEditor *editorOf(QObject *object) const;
    bool finish(FieldEditor *editor, EndEditHint hint);
    // Commits and closes the editor, then emits `after` once the view has closed it.
    bool finishThen(FieldEditor *editor, void (SectionDelegate::*after)());
    static bool isLastCell(const QModelIndex &cell);
    void revert(FieldEditor *editor);

    QPointer<ClientSession> m_session;
    mutable QHash<const QWidget *, OpenEditor> m_open; // createEditor() is const
};

} // namespace erp::app
