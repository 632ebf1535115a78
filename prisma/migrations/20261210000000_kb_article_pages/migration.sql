-- The pages a knowledge article applies to, which retrieval prefers it on
ALTER TABLE "KbArticle" ADD COLUMN "pages" TEXT[] DEFAULT ARRAY[]::TEXT[];
