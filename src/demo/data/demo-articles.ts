// Every demo article, gathered from the per-section files.
import type { DemoArticle } from '../demo-types.ts';
import { businessArticles } from './articles/business.ts';
import { climateArticles } from './articles/climate.ts';
import { cultureArticles } from './articles/culture.ts';
import { politicsArticles } from './articles/politics.ts';
import { scienceArticles } from './articles/science.ts';
import { worldArticles } from './articles/world.ts';

export const demoArticles: DemoArticle[] = [...worldArticles, ...politicsArticles, ...businessArticles, ...scienceArticles, ...climateArticles, ...cultureArticles];
