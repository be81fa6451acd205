#pragma once

#include "core/kindinfo.h"

#include <QCborArray>
#include <QWidget>

class QAction;
class QKeySequence;
class QLabel;
class QModelIndex;
class QTableView;
class QToolButton;

namespace erp::app {

class ClientSession;
class SectionDelegate;
class SectionModel;

// The editable grid of a tabular section: lines in canonical form in and out, buttons and
// shortcuts (grid focused) to add (Insert, also while a cell is edited), copy (F9), delete
// (Delete) and move lines (Ctrl+Up, Ctrl+Down); Enter edits a cell, and in a cell commits and
// moves right; Tab from the last cell of the last line starts a new line; Esc in a cell
// cancels that cell's edit only. Cells of read-only fields (computed by the server) are
// greyed, skipped and never edited.
class SectionEditor : public QWidget
{
    Q_OBJECT

public:
    SectionEditor(const SectionInfo &section, ClientSession *session, QWidget *parent = nullptr);
    ~SectionEditor() override;

    const SectionInfo &section() const;

    // Each line a map field -> canonical value; "display": {field: name} names references.
    void setLines(const QCborArray &lines);
    // Every line with every field (null when empty), without "display".
    QCborArray lines() const;
    // The lines as they are sent: without the read-only fields (computed amounts, VAT).
    QCborArray writableLines() const;
    // The lines as the server's recalculation returned them (SectionModel::applyRecalculated);
    // ignored when the number of lines differs (the user changed them meanwhile).
    void applyRecalculated(const QCborArray &lines);
    // The lines as the recalculation gets them (SectionModel::Fields::Recalculation).
    QCborArray recalculationLines() const;
    SectionModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    // Selects the cell (line is 1-based; an unknown field selects the line's first cell) and
    // shows the message under the grid until clearError(), showError() or setLines().
    void showError(int line, const QString &field, const QString &message);
    void clearError();

    // Malformed input still in a cell editor ("Line 2, Amount: …"), or empty. Check it, like
    // FieldEditor::inputError(), before saving: lines() has the cell's last valid value.
    QString inputError() const;

public Q_SLOTS:
    void addLine();
    void copyLine();
    void deleteLine();
    void moveUp();
    void moveDown();

Q_SIGNALS:
    // The user changed the lines.
    void edited();

private:
    QAction *createAction(const QString &text, const QKeySequence &shortcut, void (SectionEditor::*slot)());
    QToolButton *createButton(QAction *action, const QString &objectName);
    QString cellMessage(const QModelIndex &cell, const QString &message) const;
    void showMessage(const QString &message, bool fromInput);
    void moveLine(int delta);
    void setCurrent(int row, int column);
    int firstEditableColumn() const;
    void appendLine();
    void editCurrent();
    void updateActions();
    void setColumnWidths();

    SectionModel *m_model;
    SectionDelegate *m_delegate;
    QTableView *m_view;
    QLabel *m_message;
    QAction *m_addAction;
    QAction *m_copyAction;
    QAction *m_deleteAction;
    QAction *m_upAction;
    QAction *m_downAction;
    bool m_readOnly = false;
    bool m_messageFromInput = false;
};

} // namespace erp::app
