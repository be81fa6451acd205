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
// is typed; Enter and Tab commit and move on, Escape restores the cell. Malformed input
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
    void revert(FieldEditor *editor);

    QPointer<ClientSession> m_session;
    mutable QHash<const QWidget *, OpenEditor> m_open; // createEditor() is const
};

} // namespace erp::app
