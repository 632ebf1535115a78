-- The structure lint is stored when an article is saved, so listing the knowledge base never parses bodies.
-- Existing articles keep null and get theirs computed the first time the list meets them.
ALTER TABLE "KbArticle" ADD COLUMN "lintWarnings" JSONB;
ALTER TABLE "KbArticle" ADD COLUMN "linkedArticleIds" TEXT[] DEFAULT ARRAY[]::TEXT[];
