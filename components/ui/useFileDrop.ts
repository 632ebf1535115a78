"use client";

import { useState, type DragEvent } from "react";

/** Drag-and-drop of one file onto an element: spread `dropProps` on it, style it while `dragging`. */
export function useFileDrop(onFile: (file: File | undefined) => void) {
  const [dragging, setDragging] = useState(false);
  const dropProps = {
    onDragOver: (e: DragEvent) => {
      e.preventDefault();
      setDragging(true);
    },
    onDragLeave: () => setDragging(false),
    onDrop: (e: DragEvent) => {
      e.preventDefault();
      setDragging(false);
      onFile(e.dataTransfer.files[0]);
    },
  };
  return { dragging, dropProps };
}
